import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../api/client.js';
import { toApiError, type ApiError } from '../../../api/errors.js';
import { uploadFile } from '../../../api/files.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { ProgressBar } from '../../../components/ProgressBar.js';
import type { PickedFile } from '../../../state/menuCommands.js';
import { useSession } from '../../../state/session.js';

/**
 * A temperature forecast file, picked as the import picks files: the desktop app's own dialog
 * hands over a path; in the browser the file is uploaded to the web host first.
 */
export function TemperatureFilePicker({ value, onPicked }: { value: PickedFile | null; onPicked(file: PickedFile | null): void }) {
  const { t } = useTranslation();
  const { info } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState<{ name: string; fraction: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const upload = async (file: File) => {
    setError(null);
    setUploading({ name: file.name, fraction: 0 });
    try {
      const path = await uploadFile(file, (p) => setUploading({ name: file.name, fraction: p.total > 0 ? p.loaded / p.total : 0 }));
      onPicked({ name: file.name, path });
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setUploading(null);
    }
  };

  const chooseNative = async () => {
    setError(null);
    try {
      const { paths } = await invoke('dialog.openFiles', { purpose: 'import', multiple: false });
      const path = paths[0];
      if (path) onPicked({ path, name: path.split(/[\\/]/).pop() || path });
    } catch (caught) {
      setError(toApiError(caught));
    }
  };

  return (
    <div className="stack compact">
      <div className="row wrap">
        <button
          type="button"
          className="btn small"
          onClick={() => (info.capabilities.nativeDialogs ? void chooseNative() : input.current?.click())}
          disabled={uploading !== null}
        >
          {t('forecast.scenario.chooseFile')}
        </button>
        {!info.capabilities.nativeDialogs && (
          <input
            ref={input}
            type="file"
            accept=".csv,.txt,.xlsx"
            className="visually-hidden"
            tabIndex={-1}
            aria-label={t('forecast.scenario.chooseFile')}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void upload(file);
            }}
          />
        )}
        <span className={value ? 'file-name' : 'muted small'}>{value ? value.name : t('forecast.scenario.noFile')}</span>
      </div>
      <p className="muted small">{t('forecast.scenario.fileHint')}</p>
      {uploading && <ProgressBar fraction={uploading.fraction} label={t('import.uploading', { file: uploading.name })} unit="bytes" />}
      {error && <ErrorNote error={error} />}
    </div>
  );
}
