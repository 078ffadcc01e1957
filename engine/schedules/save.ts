// Creating, changing and deleting schedules (the schedules.save and schedules.delete jobs).
// What the schema cannot say is refused here in words: a weekly schedule without its weekday, a
// watched or backup folder that does not exist, a folder import without its mapping.
import fs from 'node:fs';
import path from 'node:path';
import type { Args } from '../api/contract.js';
import { EngineError } from '../api/errors.js';
import type { ScheduleInfo, ScheduleTaskSpec } from '../api/schedulesTypes.js';
import type { Actor } from '../api/types.js';
import type { Db } from '../store/database.js';
import { nextRunAfter } from './cadence.js';
import { listSchedules } from './list.js';
import { scheduleRow } from './rows.js';

export type ScheduleInput = Args<'schedules.save'>;

function requireFolder(folder: string, what: 'watched' | 'backup'): string {
  const resolved = folder.trim() === '' ? '' : path.resolve(folder.trim());
  const isFolder = resolved !== '' && fs.statSync(resolved, { throwIfNoEntry: false })?.isDirectory();
  if (!isFolder) {
    throw new EngineError(
      'schedules.folder_missing',
      resolved === '' ? `Choose the ${what} folder.` : `The ${what} folder ${resolved} does not exist. Create it or choose another.`,
      { folder: resolved, what },
    );
  }
  return resolved;
}

/** The task's options checked, with folders made absolute. */
function checkedTask(input: ScheduleInput): ScheduleTaskSpec {
  switch (input.task) {
    case 'import_folder': {
      const { folder, template, kind, mapping } = input.options;
      if (!mapping) throw new EngineError('schedules.mapping_missing', 'Choose the import mapping template the folder\'s files are read with.', {});
      return { task: 'import_folder', options: { folder: requireFolder(folder, 'watched'), template, kind, mapping } };
    }
    case 'backup':
      // No folder: the default backup folder (backup.list).
      return { task: 'backup', options: { folder: input.options.folder.trim() === '' ? '' : requireFolder(input.options.folder, 'backup') } };
    case 'risk_score':
    case 'theft_score':
      return { task: input.task, options: {} };
    case 'forecast_refresh':
      return { task: input.task, options: input.options };
  }
}

export function saveSchedule(db: Db, input: ScheduleInput, actor: Actor, now = Date.now()): ScheduleInfo {
  if (input.cadence === 'weekly' && input.weekday === null) {
    throw new EngineError('schedules.weekday_missing', 'A weekly schedule needs its day of the week.', {});
  }
  const weekday = input.cadence === 'weekly' ? input.weekday : null;
  const { task, options } = checkedTask(input);
  const nextRunAt = new Date(nextRunAfter({ cadence: input.cadence, weekday, time: input.time }, now)).toISOString();
  const at = new Date(now).toISOString();
  const values = [input.name, task, input.cadence, weekday, input.time, JSON.stringify(options), input.enabled ? 1 : 0, at, actor.name, nextRunAt];
  let id = input.scheduleId;
  if (id === undefined) {
    id = Number(
      db
        .prepare(
          `INSERT INTO schedules (name, task, cadence, weekday, at_time, options, enabled, updated_at, updated_by, next_run_at, created_at, created_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(...values, at, actor.name).lastInsertRowid,
    );
  } else {
    requireSchedule(db, id);
    db.prepare(
      `UPDATE schedules SET name = ?, task = ?, cadence = ?, weekday = ?, at_time = ?, options = ?, enabled = ?, updated_at = ?, updated_by = ?, next_run_at = ?
        WHERE schedule_id = ?`,
    ).run(...values, id);
  }
  return listSchedules(db).find((s) => s.scheduleId === id)!;
}

export function requireSchedule(db: Db, scheduleId: number) {
  const row = scheduleRow(db, scheduleId);
  if (!row) throw new EngineError('schedules.not_found', `There is no schedule ${scheduleId} in this workspace.`, { scheduleId });
  return row;
}

/** Deletes a schedule with its runs and the files its folder gave (a file given again to a new schedule is new to it). */
export function deleteSchedule(db: Db, scheduleId: number): { scheduleId: number; deleted: boolean } {
  const deleted = db.prepare('DELETE FROM schedules WHERE schedule_id = ?').run(scheduleId).changes > 0;
  return { scheduleId, deleted };
}
