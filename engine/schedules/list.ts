// The schedules.list and schedules.runs queries.
import type { ScheduleInfo, ScheduleRunInfo } from '../api/schedulesTypes.js';
import type { Db } from '../store/database.js';
import { toRun, toSchedule, type RunRow, type ScheduleRow } from './rows.js';

export function listSchedules(db: Db): ScheduleInfo[] {
  const rows = db.prepare('SELECT * FROM schedules ORDER BY name COLLATE NOCASE, schedule_id').all() as ScheduleRow[];
  const lastRun = db.prepare('SELECT * FROM schedule_runs WHERE schedule_id = ? ORDER BY run_id DESC LIMIT 1');
  return rows.map((row) => {
    const last = lastRun.get(row.schedule_id) as RunRow | undefined;
    return toSchedule(row, last ? toRun(db, last, row) : null);
  });
}

export function listRuns(db: Db, { scheduleId, limit }: { scheduleId?: number; limit: number }): ScheduleRunInfo[] {
  const rows = db
    .prepare(
      `SELECT r.*, s.name, s.task FROM schedule_runs r JOIN schedules s USING (schedule_id)
        WHERE ? IS NULL OR r.schedule_id = ? ORDER BY r.run_id DESC LIMIT ?`,
    )
    .all(scheduleId ?? null, scheduleId ?? null, limit) as (RunRow & Pick<ScheduleRow, 'name' | 'task'>)[];
  return rows.map((row) => toRun(db, row, row));
}
