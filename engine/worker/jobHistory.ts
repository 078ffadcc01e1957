// A job's row in its workspace's job history (the jobs table). A job that writes its workspace
// records itself 'running' with its owner before it starts (a crash leaves the row 'running',
// later shown as interrupted) and its outcome when it ends, on its own connection: it holds the
// workspace's write turn all along. A job that only reads must not write while it runs (an
// import may hold the write lock for minutes): it hands its finished row to the host, which
// writes it in the workspace's write turn (engine/host/jobManager.ts, 'record' requests).
import type { AuditDraft } from '../api/auditTypes.js';
import type { JobStatus } from '../api/types.js';
import { appendAuditDrafts } from '../audit/append.js';
import { openWorkspaceDb, type Db } from '../store/database.js';
import type { JobOwner } from './jobOwner.js';

/** A finished job's row, its values as the table stores them (JSON text for args, result, error). */
export interface JobHistoryRow {
  jobId: string;
  method: string;
  label: string;
  status: JobStatus;
  startedAt: string;
  finishedAt: string;
  args: string;
  result: string | null;
  error: string | null;
  log: string;
}

/** The row of a job that starts writing: 'running', owned by this process. */
export function recordStarted(db: Db, row: Pick<JobHistoryRow, 'jobId' | 'method' | 'label' | 'startedAt' | 'args'>, owner: JobOwner): void {
  db.prepare(
    `INSERT OR REPLACE INTO jobs (job_id, method, label, status, started_at, args, owner_pid, owner_host)
     VALUES (?, ?, ?, 'running', ?, ?, ?, ?)`,
  ).run(row.jobId, row.method, row.label, row.startedAt, row.args, owner.pid, owner.host);
}

/** A job's outcome, over its 'running' row when it has one. */
export function recordFinished(db: Db, row: JobHistoryRow): void {
  db.prepare(
    `INSERT INTO jobs (job_id, method, label, status, started_at, finished_at, args, result, error, log)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (job_id) DO UPDATE SET status = excluded.status, finished_at = excluded.finished_at,
       result = excluded.result, error = excluded.error, log = excluded.log`,
  ).run(row.jobId, row.method, row.label, row.status, row.startedAt, row.finishedAt, row.args, row.result, row.error, row.log);
}

/**
 * A read-only job's outcome and what it asked to have audited, or a query's audit entries,
 * written for them in the workspace's write turn, together.
 */
export function recordInWorkspace(workspace: string, row: JobHistoryRow | null, audit: AuditDraft[]): null {
  const db = openWorkspaceDb(workspace);
  try {
    db.transaction(() => {
      if (row) recordFinished(db, row);
      appendAuditDrafts(db, audit);
    })();
    return null;
  } finally {
    db.close();
  }
}
