import type { ErrorPayload } from '../api/errors.js';
import type { JobDetail, JobInfo, JobStatus } from '../api/types.js';
import type { InternalHandler } from '../worker/protocol.js';

interface JobRow {
  job_id: string;
  method: string;
  label: string;
  status: JobStatus;
  started_at: string;
  finished_at: string | null;
  result: string | null;
  error: string | null;
  log: string;
}

function toInfo(row: JobRow, workspace: string | null): JobInfo {
  const finished = row.status !== 'running';
  return {
    id: row.job_id,
    method: row.method,
    label: row.label,
    status: row.status,
    fraction: row.status === 'succeeded' ? 1 : 0,
    message: '',
    startedAt: row.started_at,
    ...(row.finished_at ? { finishedAt: row.finished_at } : {}),
    ...(workspace ? { workspace } : {}),
    ...(finished && row.result ? { result: JSON.parse(row.result) as unknown } : {}),
    ...(row.error ? { error: JSON.parse(row.error) as ErrorPayload } : {}),
  };
}

const history: InternalHandler<'jobs.history'> = (ctx, { limit }) => {
  if (!ctx.workspace) return [];
  const rows = ctx
    .db()
    .prepare(`SELECT job_id, method, label, status, started_at, finished_at, result, error, '' AS log
              FROM jobs ORDER BY started_at DESC LIMIT ?`)
    .all(limit) as JobRow[];
  return rows.map((row) => toInfo(row, ctx.workspace));
};

const detail: InternalHandler<'jobs.detail'> = (ctx, { id }): JobDetail | null => {
  if (!ctx.workspace) return null;
  const row = ctx.db().prepare(`SELECT * FROM jobs WHERE job_id = ?`).get(id) as JobRow | undefined;
  if (!row) return null;
  return { ...toInfo(row, ctx.workspace), log: row.log ? row.log.split('\n') : [] };
};

export const jobHistoryOps = { 'jobs.history': history, 'jobs.detail': detail };
