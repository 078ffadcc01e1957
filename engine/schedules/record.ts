// What a run records as it goes: each job it started (and, for a folder import, the file the job
// took and how that went), then its end. A run whose schedule was deleted meanwhile records nothing.
import type { ErrorPayload } from '../api/errors.js';
import type { ScheduleRunOutcome } from '../api/schedulesTypes.js';
import type { Db } from '../store/database.js';
import type { KnownFile } from './claim.js';

export interface FileOutcome extends KnownFile {
  status: 'imported' | 'failed';
  importId: number | null;
  error: ErrorPayload | null;
}

export interface StepRecord {
  runId: number;
  jobId: string;
  file?: FileOutcome;
}

export function recordStep(db: Db, { runId, jobId, file }: StepRecord): null {
  db.transaction(() => {
    const run = db.prepare('SELECT schedule_id FROM schedule_runs WHERE run_id = ?').get(runId) as { schedule_id: number } | undefined;
    if (!run) return;
    db.prepare(`UPDATE schedule_runs SET job_ids = json_insert(job_ids, '$[#]', ?) WHERE run_id = ?`).run(jobId, runId);
    if (!file) return;
    db.prepare(
      `INSERT OR REPLACE INTO watched_files (schedule_id, path, bytes, modified_at, run_id, job_id, status, import_id, error)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(run.schedule_id, file.path, file.bytes, file.modifiedAt, runId, jobId, file.status, file.importId, file.error ? JSON.stringify(file.error) : null);
  })();
  return null;
}

export interface RunEnd {
  runId: number;
  status: 'succeeded' | 'failed';
  outcome: ScheduleRunOutcome;
  /** ms since the epoch. */
  now: number;
}

export function finishRun(db: Db, { runId, status, outcome, now }: RunEnd): null {
  db.prepare(`UPDATE schedule_runs SET status = ?, outcome = ?, finished_at = ? WHERE run_id = ?`).run(status, JSON.stringify(outcome), new Date(now).toISOString(), runId);
  return null;
}
