// Weekly series of a unit's intraday shape, for the load-shape indicators: the median of daily
// values per week, and the correlation of each week's hourly shape with a reference shape.
import type { UnitCurves } from '../evidence/curves.js';
import { HOURS } from '../evidence/curves.js';
import { weeklyMedians } from '../series/weeks.js';
import { correlation } from '../series/stats.js';
import type { UnitView } from './view.js';

export function weeklyOfDaily(view: UnitView, values: Float32Array): Float64Array {
  return weeklyMedians(values, 0, view.ev.grid, new Float64Array(view.ev.grid.weeks)).subarray(0, view.weeks);
}

/** The unit's usual hourly shape: the mean of its first weeks with curves (up to 8, at most a third of them). */
export function referenceShape(curves: UnitCurves, weeks: number): Float64Array | null {
  const withCurves: number[] = [];
  for (let w = 0; w < weeks; w++) if (curves.weekDays[w]! >= 4) withCurves.push(w);
  const take = Math.min(8, Math.floor(withCurves.length / 3));
  if (take < 2) return null;
  const ref = new Float64Array(HOURS);
  let days = 0;
  for (const w of withCurves.slice(0, take)) {
    for (let h = 0; h < HOURS; h++) ref[h]! += curves.weekShape[w * HOURS + h]!;
    days += curves.weekDays[w]!;
  }
  for (let h = 0; h < HOURS; h++) ref[h]! /= days;
  return ref;
}

/** Per week, the correlation of its mean hourly shape with `reference` (NaN for weeks with under 4 curve days). */
export function weeklyCorrelation(curves: UnitCurves, weeks: number, reference: Float64Array): Float64Array {
  const out = new Float64Array(weeks);
  for (let w = 0; w < weeks; w++) {
    out[w] = curves.weekDays[w]! >= 4 ? correlation(curves.weekShape.subarray(w * HOURS, (w + 1) * HOURS), reference, 0, HOURS) : Number.NaN;
  }
  return out;
}

export function reversed(shape: Float64Array): Float64Array {
  return Float64Array.from(shape).reverse();
}
