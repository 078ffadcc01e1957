import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobInfo } from '../../engine/api/types.js';
import { cancelJob } from '../api/jobs.js';
import { toApiError, type ApiError } from '../api/errors.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { ProgressBar } from '../components/ProgressBar.js';
import { formatDateTime } from '../i18n/format.js';
import { errorText, jobMethodLabel, jobStatusLabel } from '../i18n/labels.js';
import { isActive, useJobs } from '../state/jobsStore.js';
import { useSession } from '../state/session.js';
import { JobLogDialog } from './JobLogDialog.js';
import { useEscape } from './useEscape.js';

/** Running and finished jobs, with progress, cancel, errors in words and each job's log. */
export function JobPanel({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const jobs = useJobs();
  const [logOf, setLogOf] = useState<JobInfo | null>(null);
  const ref = useRef<HTMLElement>(null);
  useEscape(open, onClose);

  useEffect(() => {
    if (!open) return;
    // Back to where the user opened the panel from (the Jobs button) once it closes, rather than
    // to the top of the page; unless the focus has since gone somewhere on purpose.
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    ref.current?.focus();
    return () => {
      const active = document.activeElement;
      if (active !== null && active !== document.body && active.isConnected) return;
      (opener?.isConnected ? opener : document.querySelector<HTMLElement>('.jobs-toggle'))?.focus();
    };
  }, [open]);

  if (!open) return null;
  const running = jobs.filter(isActive);
  const finished = jobs.filter((job) => !isActive(job));
  return (
    <aside id="job-panel" className="job-panel" aria-label={t('jobs.title')} tabIndex={-1} ref={ref}>
      <header className="panel-head">
        <h2>{t('jobs.title')}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')} title={t('common.close')}>
          ×
        </button>
      </header>
      <section aria-label={t('jobs.running')}>
        <h3>{t('jobs.running')}</h3>
        {running.length === 0 ? <p className="muted">{t('jobs.noneRunning')}</p> : running.map((job) => <JobRow key={job.id} job={job} onLog={setLogOf} />)}
      </section>
      <section aria-label={t('jobs.finished')}>
        <h3>{t('jobs.finished')}</h3>
        {finished.length === 0 ? <p className="muted">{t('jobs.noneFinished')}</p> : finished.map((job) => <JobRow key={job.id} job={job} onLog={setLogOf} />)}
      </section>
      <JobLogDialog job={logOf} onClose={() => setLogOf(null)} />
    </aside>
  );
}

function JobRow({ job, onLog }: { job: JobInfo; onLog(job: JobInfo): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [cancelError, setCancelError] = useState<ApiError | null>(null);
  const active = isActive(job);
  const cancel = () => cancelJob(job.id).then(() => setCancelError(null), (error: unknown) => setCancelError(toApiError(error)));
  return (
    <div className={`job-row status-${job.status}`} data-job-method={job.method}>
      <div className="job-head">
        <strong>{jobMethodLabel(t, job.method)}</strong>
        <span className={`badge status-${job.status}`}>{jobStatusLabel(t, job.status)}</span>
      </div>
      {job.method === 'import.run' && <div className="job-label" title={job.label}>{job.label}</div>}
      {active ? (
        <div title={job.message}>
          <ProgressBar fraction={job.fraction} done={job.done} total={job.total} etaSeconds={job.etaSeconds} label={jobMethodLabel(t, job.method)} />
        </div>
      ) : (
        <div className="muted small">{formatDateTime(job.finishedAt ?? job.startedAt, language)}</div>
      )}
      {job.error && job.status === 'failed' && <p className="job-error">{errorText(t, job.error as ApiError, language)}</p>}
      {cancelError && <ErrorNote error={cancelError} />}
      <div className="job-actions">
        {active && (
          <button type="button" className="btn small danger" onClick={() => void cancel()}>
            {t('common.cancel')}
          </button>
        )}
        <button type="button" className="btn small" onClick={() => onLog(job)}>
          {t('jobs.showLog')}
        </button>
      </div>
    </div>
  );
}
