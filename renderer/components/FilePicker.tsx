import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api/client.js';
import { toApiError, type ApiError } from '../api/errors.js';
import { uploadFile } from '../api/files.js';
import type { PickedFile } from '../state/menuCommands.js';
import { useSession } from '../state/session.js';
import { ErrorNote } from './ErrorNote.js';
import { ProgressBar } from './ProgressBar.js';

export interface FilePickerProps {
  /** The button's words. */
  label: string;
  /** What stands beside the button before a file is chosen. */
  emptyText: string;
  /** The browser's file input filter, e.g. '.csv,.txt'. */
  accept: string;
  value: PickedFile | null;
  onPicked(file: PickedFile): void;
  hint?: string;
  small?: boolean;
  /** Prefix of the button's and the input's data-testid. */
  testId?: string;
}

/**
 * One file picked the app's way, as the import picks files: the desktop app's own dialog hands
 * over a path; in the browser the file is uploaded to the web host first, with its progress.
 */
export function FilePicker({ label, emptyText, accept, value, onPicked, hint, small, testId }: FilePickerProps) {
  const { t } = useTranslation();
  const { info } = useSession();
  const native = info.capabilities.nativeDialogs;
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
          className={small ? 'btn small' : 'btn'}
          onClick={() => (native ? void chooseNative() : input.current?.click())}
          disabled={uploading !== null}
          data-testid={testId && `${testId}-button`}
        >
          {label}
        </button>
        {!native && (
          <input
            ref={input}
            type="file"
            accept={accept}
            className="visually-hidden"
            tabIndex={-1}
            aria-label={label}
            data-testid={testId && `${testId}-input`}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void upload(file);
            }}
          />
        )}
        <span className={value ? 'file-name' : 'muted small'}>{value ? value.name : emptyText}</span>
      </div>
      {hint && <p className="muted small">{hint}</p>}
      {uploading && <ProgressBar fraction={uploading.fraction} label={t('import.uploading', { file: uploading.name })} unit="bytes" />}
      {error && <ErrorNote error={error} />}
    </div>
  );
}
