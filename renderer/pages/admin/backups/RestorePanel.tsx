import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../api/client.js';
import { toApiError, type ApiError } from '../../../api/errors.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import type { Restore } from './useRestore.js';

/** Restore a backup to a new workspace file (verified first), then offer to open it. */
export function RestorePanel({ restore }: { restore: Restore }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [openError, setOpenError] = useState<ApiError | null>(null);
  const { job, restored } = restore;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    restore.run(target, passphrase);
  };
  const open = () => {
    if (!restored) return;
    setOpenError(null);
    invoke('workspace.open', { path: restored.path, ...(passphrase ? { passphrase } : {}) }).catch((caught: unknown) => setOpenError(toApiError(caught)));
  };
  return (
    <section className="stack" aria-labelledby="restore-title">
      <h2 id="restore-title">{t('backup.restore.title')}</h2>
      <p className="muted small">{t('backup.restore.explain')}</p>
      <form className="stack" onSubmit={submit}>
        <label className="field">
          <span>{t('backup.restore.backup')}</span>
          <input type="text" value={restore.backup} onChange={(e) => restore.setBackup(e.target.value)} spellCheck={false} data-testid="restore-backup" />
        </label>
        <label className="field">
          <span>{t('backup.restore.target')}</span>
          <input
            id="restore-target"
            type="text"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            placeholder={t('backup.restore.targetDefault')}
            spellCheck={false}
            data-testid="restore-target"
          />
        </label>
        <label className="field">
          <span>{t('backup.restore.passphrase')}</span>
          <input
            type="password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            placeholder={t('backup.restore.passphraseHint')}
            autoComplete="off"
            data-testid="restore-passphrase"
          />
        </label>
        <div className="row">
          {job.running ? (
            <JobProgress job={job} label={t('backup.restore.running')} />
          ) : (
            <button type="submit" className="btn primary" disabled={!restore.backup.trim()} data-testid="restore-run">
              {t('backup.restore.run')}
            </button>
          )}
        </div>
      </form>
      {job.error && <ErrorNote error={job.error} />}
      {restored && (
        <div className="note success row wrap" role="status" data-testid="restore-done">
          <span>{t('backup.restore.done', { path: restored.path, name: restored.name })}</span>
          <button type="button" className="btn small" onClick={open} data-testid="restore-open">
            {t('backup.restore.open')}
          </button>
        </div>
      )}
      {openError && <ErrorNote error={openError} />}
    </section>
  );
}
