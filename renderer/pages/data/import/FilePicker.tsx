import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { droppedFilePath, invoke } from '../../../api/client.js';
import { toApiError, type ApiError } from '../../../api/errors.js';
import { uploadFile } from '../../../api/files.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { Icon } from '../../../components/Icon.js';
import { ProgressBar } from '../../../components/ProgressBar.js';
import { formatBytes } from '../../../i18n/format.js';
import type { PickedFile } from '../../../state/menuCommands.js';
import { useSession } from '../../../state/session.js';

interface Upload {
  name: string;
  loaded: number;
  total: number;
}

/**
 * Files to import, chosen or dropped. The desktop app hands over paths; in the browser the
 * files are uploaded to the web host first, with a progress bar.
 */
export function FilePicker({ onPicked }: { onPicked(files: PickedFile[]): void }) {
  const { t } = useTranslation();
  const { info, language } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const abort = useRef<AbortController | null>(null);

  const uploadAll = async (files: File[]) => {
    setError(null);
    const controller = new AbortController();
    abort.current = controller;
    const picked: PickedFile[] = [];
    try {
      for (const file of files) {
        setUpload({ name: file.name, loaded: 0, total: file.size });
        const path = await uploadFile(file, (p) => setUpload({ name: file.name, ...p }), controller.signal);
        picked.push({ name: file.name, path });
      }
      onPicked(picked);
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.code !== 'cancelled') setError(apiError);
    } finally {
      setUpload(null);
      abort.current = null;
    }
  };

  const resolveDropped = async (files: File[]) => {
    setError(null);
    try {
      onPicked(await Promise.all(files.map(async (file) => ({ name: file.name, path: await droppedFilePath(file) }))));
    } catch (caught) {
      setError(toApiError(caught));
    }
  };

  const take = (files: File[]) => {
    if (files.length === 0) return;
    if (info.capabilities.upload) void uploadAll(files);
    else void resolveDropped(files);
  };

  const chooseNative = async () => {
    setError(null);
    try {
      const { paths } = await invoke('dialog.openFiles', { purpose: 'import', multiple: true });
      if (paths.length > 0) onPicked(paths.map((path) => ({ path, name: path.split(/[\\/]/).pop() || path })));
    } catch (caught) {
      setError(toApiError(caught));
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!upload) take([...event.dataTransfer.files]);
  };

  return (
    <div className="stack">
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Icon name="upload" size={32} />
        <p>{t('import.dropHere')}</p>
        <p className="muted small">{t('import.formats')}</p>
        {info.capabilities.nativeDialogs ? (
          <button type="button" className="btn primary" onClick={() => void chooseNative()} disabled={upload !== null}>
            {t('import.chooseFiles')}
          </button>
        ) : (
          <>
            <button type="button" className="btn primary" onClick={() => input.current?.click()} disabled={upload !== null}>
              {t('import.chooseFiles')}
            </button>
            <input
              ref={input}
              type="file"
              multiple
              accept=".csv,.txt,.xlsx"
              className="visually-hidden"
              tabIndex={-1}
              aria-label={t('import.chooseFiles')}
              onChange={(event) => {
                take([...(event.target.files ?? [])]);
                event.target.value = '';
              }}
            />
          </>
        )}
      </div>
      {upload && (
        <div className="stack upload">
          <span>
            {t('import.uploading', { file: upload.name })} · {formatBytes(upload.loaded, language)} / {formatBytes(upload.total, language)}
          </span>
          <ProgressBar fraction={upload.total > 0 ? upload.loaded / upload.total : 0} label={t('import.uploading', { file: upload.name })} unit="bytes" />
          <div className="row">
            <button type="button" className="btn danger" onClick={() => abort.current?.abort()}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {error && <ErrorNote error={error} />}
    </div>
  );
}
