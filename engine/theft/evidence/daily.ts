// Daily consumption of every unit in one pass over daily_energy (a row per meter-month), into
// one Float32Array of units x days (NaN = no value). A unit's meters add up. Importing interval
// load also writes daily_energy, so a workspace of curves alone has its days here too.
import { dayFromParts, daysInMonth, monthOf, type Day } from '../../core/calendar.js';
import { float64FromBlob } from '../../store/series.js';
import type { Db } from '../../store/database.js';
import type { Timeline } from './timeline.js';

export interface DailyMatrix {
  /** kWh of unit u on day i at values[u * days + i]. */
  values: Float32Array;
  days: number;
}

export function loadDaily(db: Db, line: Timeline, unitOfMeter: Map<string, number>, unitCount: number): DailyMatrix {
  const days = line.length;
  const values = new Float32Array(unitCount * days).fill(Number.NaN);
  // '+month': scan the table in its own order rather than look every row up through the month
  // index (the scan reads a year of 100,000 meters in half the time).
  const rows = db
    .prepare('SELECT meter_id, month, kwh FROM daily_energy WHERE +month BETWEEN ? AND ?')
    .raw()
    .iterate(monthOf(line.first), monthOf(line.last)) as IterableIterator<[string, number, Uint8Array]>;
  for (const [meter, month, blob] of rows) {
    const unit = unitOfMeter.get(meter);
    if (unit === undefined) continue;
    const kwh = float64FromBlob(blob);
    const year = Math.floor(month / 100);
    const length = daysInMonth(year, month % 100);
    const offset = line.index(dayFromParts(year, month % 100, 1));
    const base = unit * days;
    for (let d = 0; d < length; d++) {
      const i = offset + d;
      const v = kwh[d]!;
      if (i < 0 || i >= days || Number.isNaN(v)) continue;
      const cell = values[base + i]!;
      values[base + i] = Number.isNaN(cell) ? v : cell + v;
    }
  }
  return { values, days };
}

/** The last day with any consumption on or before `limit`, or null when there is none. */
export function lastConsumptionDay(db: Db, limit: Day | null): Day | null {
  const row = db
    .prepare(limit === null ? 'SELECT max(month) AS m FROM daily_energy' : 'SELECT max(month) AS m FROM daily_energy WHERE month <= ?')
    .get(...(limit === null ? [] : [monthOf(limit)])) as { m: number | null };
  if (row.m === null) return null;
  const year = Math.floor(row.m / 100);
  const length = daysInMonth(year, row.m % 100);
  let last = 0;
  for (const [blob] of db.prepare('SELECT kwh FROM daily_energy WHERE month = ?').raw().iterate(row.m) as IterableIterator<[Uint8Array]>) {
    const kwh = float64FromBlob(blob);
    for (let d = length - 1; d >= last; d--) {
      if (!Number.isNaN(kwh[d]!)) {
        last = d + 1;
        break;
      }
    }
  }
  const day = dayFromParts(year, row.m % 100, Math.max(1, last));
  return limit !== null && day > limit ? limit : day;
}

export function firstConsumptionDay(db: Db): Day | null {
  const row = db.prepare('SELECT min(month) AS m FROM daily_energy').get() as { m: number | null };
  return row.m === null ? null : row.m * 100 + 1;
}
