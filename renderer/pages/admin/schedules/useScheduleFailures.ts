// How many schedules' last run failed, for the Administration item's badge: asked again when a
// job ends (a scheduled run's job may have), every few seconds while a run goes on (its end is
// recorded just after its last job's), and every minute while the workspace is open.
import { useEffect } from 'react';
import { on } from '../../../api/client.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';

const REFRESH_MS = 60_000;
const RUNNING_REFRESH_MS = 2_000;

export function useScheduleFailures(): number {
  const { workspace } = useSession();
  const schedules = useQuery('schedules.list', {}, { enabled: workspace !== null });
  const { reload } = schedules;
  const running = schedules.data?.some((s) => s.lastRun?.status === 'running') ?? false;
  useEffect(() => {
    if (!workspace) return;
    const off = on('job.done', () => reload());
    const timer = setInterval(reload, running ? RUNNING_REFRESH_MS : REFRESH_MS);
    return () => {
      off();
      clearInterval(timer);
    };
  }, [workspace, reload, running]);
  return schedules.data?.filter((s) => s.lastRun?.status === 'failed' || s.lastRun?.status === 'interrupted').length ?? 0;
}
