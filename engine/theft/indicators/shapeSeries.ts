// Series of a unit's intraday shape, for the load-shape indicators: the median of daily values
// per week, and per period (week, or day when the history is short: indicators/steps.ts) the
// correlation of the period's hourly shape with a reference shape.
import type { UnitCurves } from '../evidence/curves.js';
import { HOURS } from '../evidence/curves.js';
import { weeklyMedians } from '../series/weeks.js';
import { correlation } from '../series/stats.js';
import { byDays, type StepSeries } from './steps.js';
import type { UnitView } from './view.js';

export function weeklyOfDaily(view: UnitView, values: Float32Array): Float64Array {
  return weeklyMedians(values, 0, view.ev.grid, new Float64Array(view.ev.grid.weeks)).subarray(0, view.weeks);
}

/** Per period, the sum of its days' hourly shares and the number of days summed. */
export interface ShapeTable {
  sums: Float64Array;
  days: Float64Array;
  length: number;
  byDay: boolean;
  /** Fewest days for a period's shape to count. */
  minDays: number;
}

/** The view's shapes per week, or per day when it has too few weeks (null without day shapes then). */
export function shapeTable(view: UnitView, curves: UnitCurves): ShapeTable | null {
  if (!byDays(view)) return { sums: curves.weekShape, days: curves.weekDays, length: view.weeks, byDay: false, minDays: 4 };
  const dayShape = curves.dayShape;
  if (!dayShape) return null;
  const sums = new Float64Array(view.end * HOURS);
  const days = new Float64Array(view.end);
  for (let i = 0; i < view.end; i++) {
    if (Number.isNaN(dayShape[i * HOURS]!)) continue;
    for (let h = 0; h < HOURS; h++) sums[i * HOURS + h] = dayShape[i * HOURS + h]!;
    days[i] = 1;
  }
  return { sums, days, length: view.end, byDay: true, minDays: 1 };
}

/** The unit's usual hourly shape: the mean of its first periods with curves (up to 8, at most a third of them). */
export function referenceShape(table: ShapeTable): Float64Array | null {
  const withCurves: number[] = [];
  for (let p = 0; p < table.length; p++) if (table.days[p]! >= table.minDays) withCurves.push(p);
  const take = Math.min(8, Math.floor(withCurves.length / 3));
  if (take < 2) return null;
  const ref = new Float64Array(HOURS);
  let days = 0;
  for (const p of withCurves.slice(0, take)) {
    for (let h = 0; h < HOURS; h++) ref[h]! += table.sums[p * HOURS + h]!;
    days += table.days[p]!;
  }
  for (let h = 0; h < HOURS; h++) ref[h]! /= days;
  return ref;
}

/** Per period, the correlation of its mean hourly shape with `reference` (NaN for periods with too few curve days). */
export function shapeCorrelation(table: ShapeTable, reference: Float64Array): StepSeries {
  const values = new Float64Array(table.length);
  for (let p = 0; p < table.length; p++) {
    values[p] = table.days[p]! >= table.minDays ? correlation(table.sums.subarray(p * HOURS, (p + 1) * HOURS), reference, 0, HOURS) : Number.NaN;
  }
  return { values, length: table.length, byDay: table.byDay };
}

export function reversed(shape: Float64Array): Float64Array {
  return Float64Array.from(shape).reverse();
}
