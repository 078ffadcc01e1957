// Claiming a run: in one write transaction, check that the schedule may run (due, when the
// scheduler asks; no run of it going on in a live process), insert the run as 'running' owned by
// this process, and move the schedule's next run on. The app's scheduler and the command line
// both claim before they start anything, so whichever commits first runs it and the other sees
// it no longer due (or running). A 'running' run whose process is gone is marked interrupted.
//
// Catch-up rule: a schedule due while nothing ran it (the app closed, the computer off) runs
// once when next seen, however many of its times went by, and its next run is the first of its
// times after that run started: a daily import missed for a week imports the week's files in one
// run, rather than running seven times.
import { EngineError, type ErrorPayload } from '../api/errors.js';
import type { ScheduleInfo, ScheduleTrigger } from '../api/schedulesTypes.js';
import type { Actor } from '../api/types.js';
import type { JobOwner } from '../worker/jobOwner.js';
import type { Db } from '../store/database.js';
import { nextRunAfter } from './cadence.js';
import { ownerIsGone } from './owner.js';
import { toSchedule, type RunRow } from './rows.js';
import { requireSchedule } from './save.js';

export interface ClaimRequest {
  scheduleId: number;
  trigger: ScheduleTrigger;
  /** Only when due (the schedulers' rounds); else now whatever its time (Run now, `schedule run --id`). */
  onlyIfDue: boolean;
  /** ms since the epoch. */
  now: number;
  owner: JobOwner;
  actor: Actor;
  /** Runs this process has going. */
  runningHere: number[];
}

/** A file the watched folder gave before, as watched_files keys it. */
export interface KnownFile {
  path: string;
  bytes: number;
  modifiedAt: string;
}

export type Claim =
  | { claimed: true; runId: number; schedule: ScheduleInfo; knownFiles: KnownFile[] }
  | { claimed: false; reason: 'not_due' | 'disabled' }
  | { claimed: false; reason: 'running'; runId: number };

const interruptedError: ErrorPayload = {
  code: 'schedules.interrupted',
  message: 'The process running it ended (the app was closed or the computer stopped) before the run finished.',
};

export function claimRun(db: Db, request: ClaimRequest): Claim {
  return db
    .transaction((): Claim => {
      const row = requireSchedule(db, request.scheduleId);
      const now = new Date(request.now).toISOString();
      if (request.onlyIfDue && row.enabled !== 1) return { claimed: false, reason: 'disabled' };
      if (request.onlyIfDue && row.next_run_at > now) return { claimed: false, reason: 'not_due' };
      const runningHere = new Set(request.runningHere);
      const running = db.prepare(`SELECT * FROM schedule_runs WHERE schedule_id = ? AND status = 'running'`).all(row.schedule_id) as RunRow[];
      for (const run of running) {
        if (!ownerIsGone({ pid: run.owner_pid, host: run.owner_host }, run.run_id, runningHere)) return { claimed: false, reason: 'running', runId: run.run_id };
        db.prepare(`UPDATE schedule_runs SET status = 'interrupted', finished_at = ?, outcome = json_set(outcome, '$.error', json(?)) WHERE run_id = ?`).run(
          now,
          JSON.stringify(interruptedError),
          run.run_id,
        );
      }
      const runId = Number(
        db
          .prepare(
            `INSERT INTO schedule_runs (schedule_id, started_at, status, trigger, started_by, owner_pid, owner_host)
             VALUES (?, ?, 'running', ?, ?, ?, ?)`,
          )
          .run(row.schedule_id, now, request.trigger, request.actor.name, request.owner.pid, request.owner.host).lastInsertRowid,
      );
      // A run outside the schedule's times leaves them alone, unless one was due: this run covers it.
      const nextRunAt = row.next_run_at <= now ? new Date(nextRunAfter({ cadence: row.cadence, weekday: row.weekday, time: row.at_time }, request.now)).toISOString() : row.next_run_at;
      db.prepare('UPDATE schedules SET next_run_at = ?, last_run_at = ? WHERE schedule_id = ?').run(nextRunAt, now, row.schedule_id);
      const knownFiles = (
        db.prepare('SELECT path, bytes, modified_at FROM watched_files WHERE schedule_id = ?').all(row.schedule_id) as { path: string; bytes: number; modified_at: string }[]
      ).map((f) => ({ path: f.path, bytes: f.bytes, modifiedAt: f.modified_at }));
      return { claimed: true, runId, schedule: toSchedule({ ...row, next_run_at: nextRunAt, last_run_at: now }, null), knownFiles };
    })
    .immediate();
}

/** The claim of a run asked for now (Run now, `--id`): refused with the reason when one of it is going on. */
export function requireClaimed(claim: Claim, scheduleId: number): Extract<Claim, { claimed: true }> {
  if (claim.claimed) return claim;
  throw new EngineError('schedules.running', `Schedule ${scheduleId} is running now (run ${claim.reason === 'running' ? claim.runId : '?'}); wait for it to finish.`, {
    scheduleId,
    ...(claim.reason === 'running' ? { runId: claim.runId } : {}),
  });
}
