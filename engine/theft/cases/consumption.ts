// One customer's daily energy over a span of days: its meters' daily_energy rows added up
// (a replaced meter and its successor both count, each on its own days).
import { addDays, dayFromParts, daysBetween, daysInMonth, monthOf, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { float64FromBlob } from '../../store/series.js';

/** kWh per day from `from` (index 0) to `to`; NaN where no meter has a value. */
export function customerDaily(db: Db, customerId: string, from: Day, to: Day): Float64Array {
  const out = new Float64Array(daysBetween(from, to) + 1).fill(Number.NaN);
  const rows = db
    .prepare(
      `SELECT d.month, d.kwh FROM daily_energy d JOIN meters m ON m.meter_id = d.meter_id
       WHERE m.customer_id = ? AND d.month BETWEEN ? AND ?`,
    )
    .raw()
    .all(customerId, monthOf(from), monthOf(to)) as [number, Uint8Array][];
  for (const [month, blob] of rows) addMonth(out, from, month, float64FromBlob(blob));
  return out;
}

/** Adds a meter-month's days into `out` (index 0 = `from`). */
export function addMonth(out: Float64Array, from: Day, month: number, kwh: Float64Array): void {
  const year = Math.floor(month / 100);
  const length = daysInMonth(year, month % 100);
  const offset = daysBetween(from, dayFromParts(year, month % 100, 1));
  for (let d = 0; d < length; d++) {
    const i = offset + d;
    const v = kwh[d]!;
    if (i < 0 || i >= out.length || Number.isNaN(v)) continue;
    out[i] = Number.isNaN(out[i]!) ? v : out[i]! + v;
  }
}

/** The customer's last day with a value, or null when none. */
export function lastDayWithData(db: Db, customerId: string): Day | null {
  const row = db
    .prepare(`SELECT max(d.month) AS month FROM daily_energy d JOIN meters m ON m.meter_id = d.meter_id WHERE m.customer_id = ?`)
    .get(customerId) as { month: number | null };
  if (row.month === null) return null;
  const first = dayFromParts(Math.floor(row.month / 100), row.month % 100, 1);
  const last = addDays(first, daysInMonth(Math.floor(row.month / 100), row.month % 100) - 1);
  const days = customerDaily(db, customerId, first, last);
  for (let i = days.length - 1; i >= 0; i--) if (!Number.isNaN(days[i]!)) return addDays(first, i);
  return null;
}
