// Meter events that can betray tampering, per unit: the type and the day it started.
// Power off/on (outages) say nothing about one customer and are left out.
import { stampDay, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import type { Timeline } from './timeline.js';

/** How strongly one event of a type points to tampering (an expert's weights, not fitted). */
export const eventWeights: Record<string, number> = {
  cover_open: 1,
  terminal_cover_open: 1,
  magnetic_interference: 1,
  reverse_energy: 1,
  current_loss: 0.7,
  voltage_loss: 0.5,
  phase_failure: 0.4,
  current_imbalance: 0.3,
  clock_error: 0.3,
};

export interface UnitEvent {
  type: string;
  day: Day;
}

export function loadEvents(db: Db, line: Timeline, unitOfMeter: Map<string, number>): Map<number, UnitEvent[]> {
  const byUnit = new Map<number, UnitEvent[]>();
  const types = Object.keys(eventWeights);
  const rows = db
    .prepare(`SELECT meter_id, type, start_ts FROM meter_events WHERE start_ts BETWEEN ? AND ? AND type IN (${types.map(() => '?').join(',')})`)
    .raw()
    .iterate(line.first * 10_000, line.last * 10_000 + 2359, ...types) as IterableIterator<[string, string, number]>;
  for (const [meter, type, start] of rows) {
    const unit = unitOfMeter.get(meter);
    if (unit === undefined) continue;
    let list = byUnit.get(unit);
    if (!list) byUnit.set(unit, (list = []));
    list.push({ type, day: stampDay(start) });
  }
  return byUnit;
}
