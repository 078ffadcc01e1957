import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseFileInfo } from '../../../../engine/api/casesTypes.js';
import { invoke } from '../../../api/client.js';
import { toApiError, type ApiError } from '../../../api/errors.js';
import { downloadExport, uploadFile } from '../../../api/files.js';
import { startJob } from '../../../api/jobs.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { formatBytes, formatDateTime } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useSignedIn } from '../../../state/signedIn.js';

/**
 * The case's files (photos, inspection reports) and a new one attached. The browser uploads the
 * file to the web host first; the desktop app hands the engine the chosen file's path (the
 * preload puts it in place of the File). A file is saved where the desktop app's dialog says,
 * or downloaded by the browser from the web host's exports folder.
 */
export function FilesPanel({ detail: c, onChanged }: { detail: CaseDetail; onChanged(): void }) {
  // Only roles that edit cases are offered it (the engine refuses the others anyway).
  const mayEdit = useSignedIn().can('edit_cases');
  const { t } = useTranslation();
  const { info, language } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [savedTo, setSavedTo] = useState<string | null>(null);

  const attach = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    setBusy(file.name);
    try {
      const path = info.capabilities.upload ? await uploadFile(file, () => undefined) : (file as unknown as string);
      await (await startJob('cases.attach', { caseId: c.caseId, path, name: file.name })).result;
      onChanged();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(null);
    }
  };

  const save = async (f: CaseFileInfo) => {
    setError(null);
    setSavedTo(null);
    try {
      if (info.capabilities.nativeDialogs) {
        const chosen = await invoke('dialog.saveFile', { purpose: 'export', defaultName: f.name });
        if (!chosen.path) return;
        // The dialog has asked about replacing a file already there.
        const written = await (await startJob('cases.file', { fileId: f.fileId, path: chosen.path, overwrite: true })).result;
        setSavedTo(written.path);
      } else {
        const written = await (await startJob('cases.file', { fileId: f.fileId })).result;
        downloadExport(written.path, written.fileName);
      }
    } catch (caught) {
      setError(toApiError(caught));
    }
  };

  return (
    <section className="card stack" aria-labelledby="case-files">
      <div className="row spread wrap">
        <h3 id="case-files">{t('theft.files.title')}</h3>
        {mayEdit && (
          <button type="button" className="btn small" onClick={() => input.current?.click()} disabled={busy !== null} data-testid="attach-file">
            {busy ? t('theft.files.attaching', { name: busy }) : t('theft.files.attach')}
          </button>
        )}
        <input ref={input} type="file" hidden onChange={(e) => void attach(e)} data-testid="attach-input" />
      </div>
      {c.files.length === 0 ? (
        <p className="muted small">{t('theft.files.none')}</p>
      ) : (
        <ul className="case-files" data-testid="case-files">
          {c.files.map((f) => (
            <li key={f.fileId} className="row spread">
              <span>
                {f.name} <span className="muted small">· {formatBytes(f.size, language)} · {t('theft.notes.by', { who: f.who, at: formatDateTime(f.at, language) })}</span>
              </span>
              <button type="button" className="btn ghost small" onClick={() => void save(f)} aria-label={t('theft.files.saveNamed', { name: f.name })}>
                {t('theft.files.save')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {savedTo && <p className="note ok small">{t('theft.files.savedTo', { path: savedTo })}</p>}
      {error && <ErrorNote error={error} />}
    </section>
  );
}
