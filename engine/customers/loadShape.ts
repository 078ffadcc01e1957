// Mean daily load shapes from interval_load: per meter-day, the mean kW of each clock hour (96,
// 48 or 24 points a day; missing points, NaN, left out), then per customer the mean over the
// window's days of the sum of its meters' hours. A day counts only where every hour has a value.
import { addDays, type Day } from '../core/calendar.js';
import type { Db } from '../store/database.js';
import { float32FromBlob } from '../store/series.js';

/** Days of curves a shape is the mean of. */
export const SHAPE_DAYS = 90;

export interface LoadShape {
  hourKw: Float64Array;
  days: number;
  from: Day;
  to: Day;
}

/** A meter-day's mean kW per clock hour; null when an hour has no value. */
export function hourlyKw(kw: Float32Array): Float64Array | null {
  const perHour = kw.length / 24;
  if (!Number.isInteger(perHour) || perHour < 1) return null;
  const hours = new Float64Array(24);
  for (let h = 0; h < 24; h++) {
    let sum = 0;
    let n = 0;
    for (let i = h * perHour; i < (h + 1) * perHour; i++) {
      const v = kw[i]!;
      if (!Number.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    if (n === 0) return null;
    hours[h] = sum / n;
  }
  return hours;
}

/** The last day with curves in the workspace, or null. */
export function lastCurveDay(db: Db): Day | null {
  return (db.prepare('SELECT max(day) AS day FROM interval_load').get() as { day: number | null }).day;
}

interface Sum {
  byDay: Map<Day, Float64Array>;
}

function meanShape(sum: Sum, from: Day, to: Day): LoadShape | null {
  if (sum.byDay.size === 0) return null;
  const hourKw = new Float64Array(24);
  for (const hours of sum.byDay.values()) for (let h = 0; h < 24; h++) hourKw[h]! += hours[h]!;
  for (let h = 0; h < 24; h++) hourKw[h]! /= sum.byDay.size;
  return { hourKw, days: sum.byDay.size, from, to };
}

/**
 * The shapes of every customer with curves over the SHAPE_DAYS days to `to` (default: the last
 * day with curves), keyed by customer (a meter no archive names is its own customer, as in theft).
 */
export function loadShapes(db: Db, customerIds?: string[], to: Day | null = lastCurveDay(db)): Map<string, LoadShape> {
  const shapes = new Map<string, LoadShape>();
  if (to === null) return shapes;
  const from = addDays(to, -(SHAPE_DAYS - 1));
  const sums = new Map<string, Sum>();
  const add = (customer: string, day: Day, hours: Float64Array) => {
    let sum = sums.get(customer);
    if (!sum) sums.set(customer, (sum = { byDay: new Map() }));
    const acc = sum.byDay.get(day);
    if (acc) for (let h = 0; h < 24; h++) acc[h]! += hours[h]!;
    else sum.byDay.set(day, hours);
  };
  const select = `SELECT coalesce(m.customer_id, l.meter_id) AS customer, l.day, l.kw
    FROM interval_load l LEFT JOIN meters m ON m.meter_id = l.meter_id
    WHERE l.day BETWEEN ? AND ?`;
  const rows =
    customerIds === undefined
      ? db.prepare(select).iterate(from, to)
      : (function* () {
          const statement = db.prepare(`${select} AND l.meter_id IN (SELECT value FROM json_each(?))`);
          yield* statement.iterate(from, to, JSON.stringify(customerIds.flatMap((id) => metersOf(db, id))));
        })();
  // A day where one of a customer's meters lacks an hour is dropped whole (the sum would be short).
  const incomplete = new Set<string>();
  for (const r of rows as Iterable<{ customer: string; day: number; kw: Uint8Array }>) {
    const hours = hourlyKw(float32FromBlob(r.kw));
    if (hours === null) incomplete.add(`${r.customer}|${r.day}`);
    else add(r.customer, r.day, hours);
  }
  for (const key of incomplete) {
    const [customer, day] = key.split('|') as [string, string];
    sums.get(customer)?.byDay.delete(Number(day));
  }
  for (const [customer, sum] of sums) {
    const shape = meanShape(sum, from, to);
    if (shape) shapes.set(customer, shape);
  }
  return shapes;
}

/** A customer's meters; a meter no archive names stands for itself. */
export function metersOf(db: Db, customerId: string): string[] {
  const meters = (db.prepare('SELECT meter_id FROM meters WHERE customer_id = ? ORDER BY meter_id').all(customerId) as { meter_id: string }[]).map((r) => r.meter_id);
  if (meters.length > 0) return meters;
  const own = db.prepare('SELECT 1 FROM meters WHERE meter_id = ? AND customer_id IS NULL').get(customerId);
  return own ? [customerId] : [];
}
