// Scheduled jobs on the worker side: the queries, the save and delete jobs, and the run
// bookkeeping the host's scheduler has written in the workspace's write turn
// (engine/host/scheduler.ts): the claim, each step, the end. Those open a connection that writes,
// since the thread's own connection to the open workspace only reads.
import { claimRun, type Claim, type ClaimRequest } from '../schedules/claim.js';
import { listRuns, listSchedules } from '../schedules/list.js';
import { finishRun, recordStep, type RunEnd, type StepRecord } from '../schedules/record.js';
import { deleteSchedule, saveSchedule } from '../schedules/save.js';
import { openWorkspaceDb, type Db } from '../store/database.js';
import { EngineError } from '../api/errors.js';
import type { QueryContext } from './context.js';
import { audited } from '../audit/audited.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

export const schedulesQueries: Pick<QueryHandlers, 'schedules.list' | 'schedules.runs'> = {
  'schedules.list': (ctx) => listSchedules(ctx.db()),
  'schedules.runs': (ctx, args) => listRuns(ctx.db(), args),
};

export const schedulesJobs: Pick<JobHandlers, 'schedules.save' | 'schedules.delete'> = {
  'schedules.save': (ctx, args) => {
    const saved = audited(
      ctx,
      () => saveSchedule(ctx.db(), args, ctx.actor),
      (s) => ({ action: 'schedule_change', subject: `schedule ${s.scheduleId}`, detail: { change: args.scheduleId ? 'changed' : 'created', name: s.name, task: s.task, cadence: s.cadence, enabled: s.enabled } }),
    );
    ctx.log(`schedule ${saved.scheduleId} '${saved.name}' saved by ${ctx.actor.name}: ${saved.task}, next run ${saved.nextRunAt}`);
    return saved;
  },
  'schedules.delete': (ctx, { scheduleId }) => {
    const result = audited(
      ctx,
      () => deleteSchedule(ctx.db(), scheduleId),
      (r) => ({ action: 'schedule_change', subject: `schedule ${scheduleId}`, detail: { change: 'deleted', deleted: r.deleted } }),
    );
    ctx.log(result.deleted ? `schedule ${scheduleId} deleted by ${ctx.actor.name} with its runs` : `no schedule ${scheduleId} to delete`);
    return result;
  },
};

function writing<A, R>(write: (db: Db, args: A) => R) {
  return (ctx: QueryContext, args: A): R => {
    if (!ctx.workspace) throw new EngineError('workspace.none_open', 'Open or create a workspace first.');
    const db = openWorkspaceDb(ctx.workspace);
    try {
      return write(db, args);
    } finally {
      db.close();
    }
  };
}

/** The scheduler's bookkeeping, sent in the workspace's write turn (JobManager.inWriteTurn). */
export const scheduleRunOps = {
  'schedules.claim': writing<ClaimRequest, Claim>(claimRun),
  'schedules.step': writing<StepRecord, null>(recordStep),
  'schedules.finish': writing<RunEnd, null>(finishRun),
};
export type ScheduleRunOps = typeof scheduleRunOps;
