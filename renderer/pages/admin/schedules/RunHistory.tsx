import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleRunInfo, ScheduleRunJob } from '../../../../engine/api/schedulesTypes.js';
import type { JobInfo } from '../../../../engine/api/types.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { SortHeader } from '../../../components/TableCells.js';
import { formatDateTime, formatInteger } from '../../../i18n/format.js';
import { errorText, jobMethodLabel } from '../../../i18n/labels.js';
import { useSession } from '../../../state/session.js';
import { JobLogDialog } from '../../../shell/JobLogDialog.js';
import { outcomeText, taskText } from './texts.js';

const failedStatus = (run: ScheduleRunInfo) => run.status === 'failed' || run.status === 'interrupted';

/** What JobLogDialog needs to open a job's log from the history. */
function asJob(job: ScheduleRunJob): JobInfo {
  return { id: job.jobId, method: job.method, label: job.label, status: (job.status ?? 'running') as JobInfo['status'], fraction: 0, message: '', startedAt: '' };
}

/** The runs, newest first: status, result in words, each job with a link to its log, the files a folder import took or failed on. Failures stand out. */
export function RunHistory({ runs }: { runs: readonly ScheduleRunInfo[] }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [newestFirst, setNewestFirst] = useState(true);
  const [failedOnly, setFailedOnly] = useState(false);
  const [log, setLog] = useState<JobInfo | null>(null);
  if (runs.length === 0) return <EmptyState title={t('schedules.runs.emptyTitle')}>{t('schedules.runs.emptyText')}</EmptyState>;
  const shown = runs.filter((r) => !failedOnly || failedStatus(r)).sort((a, b) => (newestFirst ? b.runId - a.runId : a.runId - b.runId));
  const trigger = (run: ScheduleRunInfo) => t(`schedules.triggers.${run.trigger}`, { user: run.startedBy });
  return (
    <div className="stack">
      <label className="check">
        <input type="checkbox" checked={failedOnly} onChange={(e) => setFailedOnly(e.target.checked)} data-testid="runs-failed-only" />
        <span>{t('schedules.runs.failedOnly')}</span>
      </label>
      <div className="table-scroll">
        <table className="table compact schedule-runs" aria-label={t('schedules.runs.title')} data-testid="schedule-runs">
          <thead>
            <tr>
              <SortHeader label={t('schedules.runs.started')} order={newestFirst ? 'descending' : 'ascending'} onSort={() => setNewestFirst((n) => !n)} />
              <th scope="col">{t('schedules.runs.schedule')}</th>
              <th scope="col">{t('schedules.runs.trigger')}</th>
              <th scope="col">{t('schedules.runs.status')}</th>
              <th scope="col">{t('schedules.runs.result')}</th>
              <th scope="col">{t('schedules.runs.jobs')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((run) => (
              <tr key={run.runId} className={failedStatus(run) ? 'failed' : undefined} data-testid="schedule-run" data-status={run.status}>
                <td className="num nowrap">{formatDateTime(run.startedAt, language)}</td>
                <td>
                  {run.scheduleName}
                  <div className="muted small">{taskText(t, run.task)}</div>
                </td>
                <td>{trigger(run)}</td>
                <td>
                  <span className={`badge status-${run.status}`}>{t(`schedules.status.${run.status}`)}</span>
                </td>
                <td className={failedStatus(run) ? 'outcome warn' : 'outcome'} data-testid="schedule-run-result">
                  {outcomeText(t, run, language)}
                  {run.files.length > 0 && (
                    <details>
                      <summary>{t('schedules.runs.files', { count: run.files.length })}</summary>
                      <ul className="plain-list small" data-testid="schedule-run-files">
                        {run.files.map((f) => (
                          <li key={`${f.path}-${f.modifiedAt}`} className={f.status === 'failed' ? 'warn' : undefined} title={f.path}>
                            {f.fileName}:{' '}
                            {f.status === 'imported'
                              ? t('schedules.runs.fileImported', { rows: formatInteger(f.rowsImported ?? 0, language), quarantined: formatInteger(f.rowsQuarantined ?? 0, language) })
                              : f.error
                                ? errorText(t, f.error, language)
                                : t('schedules.status.failed')}
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
                <td>
                  <div className="row wrap">
                    {run.jobs.map((job) => (
                      <button key={job.jobId} type="button" className={job.status === 'failed' ? 'btn small danger' : 'btn small ghost'} onClick={() => setLog(asJob(job))} data-testid="schedule-run-log">
                        {t('schedules.runs.log', { job: job.method ? jobMethodLabel(t, job.method) : job.jobId.slice(0, 8) })}
                      </button>
                    ))}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <JobLogDialog job={log} onClose={() => setLog(null)} />
    </div>
  );
}
