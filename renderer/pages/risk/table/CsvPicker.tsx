import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../api/client.js';
import { toApiError, type ApiError } from '../../../api/errors.js';
import { uploadFile } from '../../../api/files.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { ProgressBar } from '../../../components/ProgressBar.js';
import { useSession } from '../../../state/session.js';

export interface PickedFile {
  name: string;
  /** Where the engine reads it: the chosen file (desktop) or its upload on the web host. */
  path: string;
}

/** A CSV chosen the app's way: the desktop's open dialog, or the browser's file input and an upload to the web host. */
export function CsvPicker({ label, value, onPicked, testId }: { label: string; value: PickedFile | null; onPicked(file: PickedFile): void; testId: string }) {
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
        <button type="button" className="btn" onClick={() => (info.capabilities.nativeDialogs ? void chooseNative() : input.current?.click())} disabled={uploading !== null} data-testid={`${testId}-button`}>
          {label}
        </button>
        {!info.capabilities.nativeDialogs && (
          <input
            ref={input}
            type="file"
            accept=".csv,.txt"
            className="visually-hidden"
            tabIndex={-1}
            aria-label={label}
            data-testid={`${testId}-input`}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void upload(file);
            }}
          />
        )}
        <span className={value ? 'file-name' : 'muted small'}>{value ? value.name : t('risk.table.noFile')}</span>
      </div>
      {uploading && <ProgressBar fraction={uploading.fraction} label={t('import.uploading', { file: uploading.name })} unit="bytes" />}
      {error && <ErrorNote error={error} />}
    </div>
  );
}
