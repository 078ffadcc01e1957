import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArgsIn } from '../../../../engine/api/contract.js';
import type { ScheduleInfo } from '../../../../engine/api/schedulesTypes.js';
import { invoke, on } from '../../../api/client.js';
import { toApiError, type ApiError } from '../../../api/errors.js';
import { startJob } from '../../../api/jobs.js';
import { ConfirmDeleteDialog } from '../../../components/ConfirmDeleteDialog.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { useQuery } from '../../../state/useQuery.js';
import { RunHistory } from './RunHistory.js';
import { ScheduleDialog } from './ScheduleDialog.js';
import { ScheduleTable } from './ScheduleTable.js';

/** While a run goes on, its progress is asked for this often (its jobs are in the job panel meanwhile). */
const RUNNING_POLL_MS = 2_000;

/**
 * Administration › Scheduled jobs: the schedules (Run now, edit, enable, delete), a new one, and
 * the run history with failures first to the eye. The app runs them while a workspace is open;
 * `workbench schedule run --due` runs them from the operating system's scheduler.
 */
export function SchedulesTab() {
  const { t } = useTranslation();
  const schedules = useQuery('schedules.list', {});
  const runs = useQuery('schedules.runs', { limit: 100 });
  const [editing, setEditing] = useState<ScheduleInfo | null>(null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<ScheduleInfo | null>(null);
  const [busy, setBusy] = useState<ReadonlySet<number>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const reloadSchedules = schedules.reload;
  const reloadRuns = runs.reload;
  const reload = () => {
    reloadSchedules();
    reloadRuns();
  };
  const running = runs.data?.some((r) => r.status === 'running') ?? false;
  useEffect(() => {
    const off = on('job.done', () => {
      reloadSchedules();
      reloadRuns();
    });
    const timer = running ? setInterval(() => { reloadSchedules(); reloadRuns(); }, RUNNING_POLL_MS) : undefined;
    return () => {
      off();
      clearInterval(timer);
    };
  }, [running, reloadSchedules, reloadRuns]);

  const withBusy = async (schedule: ScheduleInfo, work: () => Promise<unknown>) => {
    setError(null);
    setBusy((b) => new Set(b).add(schedule.scheduleId));
    try {
      await work();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy((b) => {
        const next = new Set(b);
        next.delete(schedule.scheduleId);
        return next;
      });
      reload();
    }
  };
  const actions = {
    busy,
    onRunNow: (s: ScheduleInfo) => void withBusy(s, () => invoke('schedules.runNow', { scheduleId: s.scheduleId })),
    onEdit: setEditing,
    onDelete: setDeleting,
    onToggle: (s: ScheduleInfo, enabled: boolean) =>
      void withBusy(s, async () => {
        const { scheduleId, name, task, options, cadence, weekday, time } = s;
        // The schedule as it is, with the toggle changed (a schedule's options are what save takes).
        const args = { scheduleId, name, cadence, weekday, time, enabled, task, options } as ArgsIn<'schedules.save'>;
        await (await startJob('schedules.save', args)).result;
      }),
  };
  const newButton = (
    <button type="button" className="btn primary" onClick={() => setCreating(true)} data-testid="schedule-new">
      {t('schedules.new')}
    </button>
  );
  return (
    <div className="stack schedules-tab" data-testid="schedules-tab">
      <p className="muted">
        {t('schedules.intro')} <code>workbench schedule run --workspace … --due</code>
      </p>
      {error && <ErrorNote error={error} />}
      {!schedules.data && <QueryFallback query={schedules} />}
      {schedules.data?.length === 0 && (
        <EmptyState title={t('schedules.emptyTitle')} actions={newButton}>
          {t('schedules.emptyText')}
        </EmptyState>
      )}
      {schedules.data && schedules.data.length > 0 && (
        <section className="stack" aria-labelledby="schedules-list-title">
          <div className="row spread">
            <h2 id="schedules-list-title">{t('schedules.listTitle')}</h2>
            {newButton}
          </div>
          <ScheduleTable schedules={schedules.data} actions={actions} />
        </section>
      )}
      <section className="stack" aria-labelledby="schedule-runs-title">
        <h2 id="schedule-runs-title">{t('schedules.runs.title')}</h2>
        {runs.data ? <RunHistory runs={runs.data} /> : <QueryFallback query={runs} />}
      </section>
      <ScheduleDialog
        open={creating || editing !== null}
        editing={editing}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
        onSaved={reload}
      />
      <ConfirmDeleteDialog
        method="schedules.delete"
        args={deleting ? { scheduleId: deleting.scheduleId } : null}
        title={t('schedules.deleteTitle')}
        text={t('schedules.deleteText', { name: deleting?.name ?? '' })}
        onClose={() => setDeleting(null)}
        onDeleted={reload}
      />
    </div>
  );
}
