// Schedules and their runs as the tables store them, and as the API shows them.
import type { ErrorPayload } from '../api/errors.js';
import type { ScheduleInfo, ScheduleRunInfo, ScheduleRunOutcome, ScheduleTaskSpec } from '../api/schedulesTypes.js';
import type { Db } from '../store/database.js';
import { ownerIsGone } from './owner.js';

export interface ScheduleRow {
  schedule_id: number;
  name: string;
  task: ScheduleTaskSpec['task'];
  cadence: 'daily' | 'weekly';
  weekday: number | null;
  at_time: string;
  options: string;
  enabled: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  next_run_at: string;
  last_run_at: string | null;
}

export interface RunRow {
  run_id: number;
  schedule_id: number;
  started_at: string;
  finished_at: string | null;
  status: ScheduleRunInfo['status'];
  trigger: ScheduleRunInfo['trigger'];
  started_by: string;
  job_ids: string;
  outcome: string;
  owner_pid: number | null;
  owner_host: string | null;
}

export function toSchedule(row: ScheduleRow, lastRun: ScheduleRunInfo | null): ScheduleInfo {
  return {
    scheduleId: row.schedule_id,
    name: row.name,
    ...({ task: row.task, options: JSON.parse(row.options) } as ScheduleTaskSpec),
    cadence: row.cadence,
    weekday: row.weekday,
    time: row.at_time,
    enabled: row.enabled === 1,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    nextRunAt: row.next_run_at,
    lastRun,
  };
}

export function scheduleRow(db: Db, scheduleId: number): ScheduleRow | undefined {
  return db.prepare('SELECT * FROM schedules WHERE schedule_id = ?').get(scheduleId) as ScheduleRow | undefined;
}

interface JobRow {
  job_id: string;
  method: string;
  label: string;
  status: string;
  error: string | null;
}

interface FileRow {
  path: string;
  bytes: number;
  modified_at: string;
  status: 'imported' | 'failed';
  import_id: number | null;
  job_id: string | null;
  error: string | null;
  imported: number | null;
  quarantined: number | null;
}

const fileName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** A run with its jobs (as the job history has them) and its files. A 'running' run whose process is gone reads as interrupted. */
export function toRun(db: Db, row: RunRow, schedule: Pick<ScheduleRow, 'name' | 'task'>): ScheduleRunInfo {
  const jobIds = JSON.parse(row.job_ids) as string[];
  const jobQuery = db.prepare('SELECT job_id, method, label, status, error FROM jobs WHERE job_id = ?');
  const jobs = jobIds.map((jobId) => {
    const job = jobQuery.get(jobId) as JobRow | undefined;
    return job
      ? { jobId, method: job.method, label: job.label, status: job.status, error: job.error ? (JSON.parse(job.error) as ErrorPayload) : null }
      : { jobId, method: '', label: '', status: null, error: null };
  });
  const files = (
    db
      .prepare(
        `SELECT w.path, w.bytes, w.modified_at, w.status, w.import_id, w.job_id, w.error, i.imported, i.quarantined
           FROM watched_files w LEFT JOIN imports i ON i.import_id = w.import_id
          WHERE w.run_id = ? ORDER BY w.modified_at, w.path`,
      )
      .all(row.run_id) as FileRow[]
  ).map((file) => ({
    path: file.path,
    fileName: fileName(file.path),
    bytes: file.bytes,
    modifiedAt: file.modified_at,
    status: file.status,
    importId: file.import_id,
    rowsImported: file.imported,
    rowsQuarantined: file.quarantined,
    jobId: file.job_id,
    error: file.error ? (JSON.parse(file.error) as ErrorPayload) : null,
  }));
  const interrupted = row.status === 'running' && ownerIsGone({ pid: row.owner_pid, host: row.owner_host });
  return {
    runId: row.run_id,
    scheduleId: row.schedule_id,
    scheduleName: schedule.name,
    task: schedule.task,
    trigger: row.trigger,
    startedBy: row.started_by,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    status: interrupted ? 'interrupted' : row.status,
    outcome: JSON.parse(row.outcome) as ScheduleRunOutcome,
    jobs,
    files,
  };
}
