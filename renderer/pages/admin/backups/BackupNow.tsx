import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupCreateResult } from '../../../../engine/api/backupTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { formatBytes, formatDecimal } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';

/** Back up now: into a folder (the default one unless changed), with progress and Cancel; what it wrote once done. */
export function BackupNow({ defaultFolder, onDone }: { defaultFolder: string; onDone(): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [folder, setFolder] = useState(defaultFolder);
  const [done, setDone] = useState<BackupCreateResult | null>(null);
  const job = useForecastJob('backup.create');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (job.running) return;
    setDone(null);
    const chosen = folder.trim();
    void job.start({ trigger: 'manual', ...(chosen && chosen !== defaultFolder ? { folder: chosen } : {}) }).then((result) => {
      if (result) setDone(result);
      onDone();
    });
  };
  return (
    <section className="stack" aria-labelledby="backup-now-title">
      <h2 id="backup-now-title">{t('backup.now.title')}</h2>
      <p className="muted small">{t('backup.now.explain')}</p>
      <form className="row wrap" onSubmit={submit}>
        <label className="field inline grow">
          <span>{t('backup.now.folder')}</span>
          <input type="text" value={folder} onChange={(e) => setFolder(e.target.value)} spellCheck={false} data-testid="backup-folder" />
        </label>
        {folder !== defaultFolder && (
          <button type="button" className="btn small ghost" onClick={() => setFolder(defaultFolder)}>
            {t('backup.now.defaultFolder')}
          </button>
        )}
        {job.running ? (
          <JobProgress job={job} label={t('backup.now.running')} />
        ) : (
          <button type="submit" className="btn primary" data-testid="backup-now">
            {t('backup.now.run')}
          </button>
        )}
      </form>
      {job.error && <ErrorNote error={job.error} />}
      {done && (
        <p className="note success" role="status" data-testid="backup-done">
          {t('backup.now.done', {
            path: done.backup.path,
            size: formatBytes(done.manifest.bytes, language),
            seconds: formatDecimal(done.copySeconds + done.verifySeconds, language, 1),
          })}
          {done.removed.length > 0 && ` ${t('backup.now.removed', { count: done.removed.length })}`}
        </p>
      )}
    </section>
  );
}
