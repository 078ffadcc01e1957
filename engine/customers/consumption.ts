// A customer's consumption for the 360: daily kWh of the last 365 days up to its last day with
// a value, every month's total, and the mean daily load shape of the SHAPE_DAYS days to its last
// day of curves. Several meters of one customer add up.
import type { CustomerConsumption } from '../api/customersTypes.js';
import { addDays, dayFromParts, daysInMonth, formatDay, formatMonth, type Day } from '../core/calendar.js';
import type { Db } from '../store/database.js';
import { float64FromBlob } from '../store/series.js';
import { loadShapes, metersOf } from './loadShape.js';

const DAILY_DAYS = 365;

export function customerConsumption(db: Db, customerId: string): CustomerConsumption {
  const meters = metersOf(db, customerId);
  const byDay = new Map<Day, number>();
  const byMonth = new Map<number, number>();
  const rows = db
    .prepare('SELECT month, kwh, total_kwh, days FROM daily_energy WHERE meter_id IN (SELECT value FROM json_each(?)) ORDER BY month')
    .all(JSON.stringify(meters)) as { month: number; kwh: Uint8Array; total_kwh: number; days: number }[];
  for (const r of rows) {
    if (r.days > 0) byMonth.set(r.month, (byMonth.get(r.month) ?? 0) + r.total_kwh);
    const values = float64FromBlob(r.kwh);
    const year = Math.floor(r.month / 100);
    const month = r.month % 100;
    for (let d = 1; d <= daysInMonth(year, month); d++) {
      const v = values[d - 1]!;
      if (Number.isNaN(v)) continue;
      const day = dayFromParts(year, month, d);
      byDay.set(day, (byDay.get(day) ?? 0) + v);
    }
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const last = days.at(-1);
  const first = last === undefined ? 0 : addDays(last, -(DAILY_DAYS - 1));
  // The customer's own last day of curves: a meter replaced or read no more still has its shape.
  const lastCurve = (db.prepare('SELECT max(day) AS day FROM interval_load WHERE meter_id IN (SELECT value FROM json_each(?))').get(JSON.stringify(meters)) as { day: number | null }).day;
  const shape = loadShapes(db, [customerId], lastCurve).get(customerId) ?? null;
  return {
    daily: days.filter((d) => d >= first).map((d) => ({ day: formatDay(d), kwh: byDay.get(d)! })),
    monthly: [...byMonth].map(([month, kwh]) => ({ month: formatMonth(month), kwh })),
    loadShape: shape && { hourKw: [...shape.hourKw], days: shape.days, from: formatDay(shape.from), to: formatDay(shape.to) },
  };
}
