// The resolution a unit's lasting changes are looked for at. Weeks when the history holds
// enough of them (weekly medians take out single odd days: an outage, a holiday); with only
// days of history (a fortnight of curves), the days themselves: the recent days against the
// earlier ones, at least MIN_DAYS_BEFORE before the change and MIN_DAYS_INSIDE of it.
import type { Day } from '../../core/calendar.js';
import { defaultChangePoint, lowestSegment, type ChangePointOptions, type LowSegment } from '../series/changePoint.js';
import { MIN_WEEKS } from '../series/weeks.js';
import { weekStartDay, type UnitView } from './view.js';

export const dailyChangePoint: ChangePointOptions = { minBefore: 5, minInside: 3 };

/** A series of one value per period (week or day) of a view, oldest first. */
export interface StepSeries {
  values: Float64Array;
  length: number;
  byDay: boolean;
}

/** A low run of a step series, dated. */
export interface Step {
  segment: LowSegment;
  /** First day of the run. */
  start: Day;
  /** First day after it when it came back (null while it lasts). */
  recovered: Day | null;
}

export function byDays(view: UnitView): boolean {
  return view.weeks < MIN_WEEKS;
}

/**
 * The view's series at its resolution: `perWeek` when it has enough weeks, else the days of
 * `perDay` (indexed like the timeline); null when even the days are too few.
 */
export function stepSeries(view: UnitView, perDay: ArrayLike<number>, perWeek: () => Float64Array): StepSeries | null {
  if (!byDays(view)) return { values: perWeek(), length: view.weeks, byDay: false };
  if (view.end < dailyChangePoint.minBefore + dailyChangePoint.minInside) return null;
  const values = new Float64Array(view.end);
  for (let i = 0; i < view.end; i++) values[i] = perDay[i]!;
  return { values, length: view.end, byDay: true };
}

/** The same periods with each value mapped. */
export function mapSteps(series: StepSeries, map: (v: number) => number): StepSeries {
  return { ...series, values: series.values.map(map) };
}

export function lowestStep(view: UnitView, series: StepSeries): Step | null {
  const segment = lowestSegment(series.values, series.length, series.byDay ? dailyChangePoint : defaultChangePoint);
  if (!segment) return null;
  return { segment, start: periodStartDay(view, series, segment.start), recovered: segment.end < series.length ? periodStartDay(view, series, segment.end) : null };
}

/** Share of the mean level added before the logarithm, so that a day of no use is not minus infinity. */
const LOG_OFFSET = 0.02;

/**
 * The lowest run found and tested on the logarithm of the levels (a fall by a ratio, which heavy
 * single days move little), reported in the levels themselves: the run's means and drop over the
 * same periods, the t statistic of the logarithms.
 */
export function logLevelStep(view: UnitView, series: StepSeries): Step | null {
  let sum = 0;
  let n = 0;
  for (let p = 0; p < series.length; p++) {
    const v = series.values[p]!;
    if (!Number.isNaN(v)) {
      sum += v;
      n++;
    }
  }
  if (!(sum > 0)) return lowestStep(view, series);
  const offset = (LOG_OFFSET * sum) / n;
  const step = lowestStep(view, mapSteps(series, (v) => Math.log(Math.max(0, v) + offset)));
  if (!step) return null;
  const { start, end, t } = step.segment;
  const mean = (from: number, to: number, skipFrom = to, skipTo = to) => {
    let s = 0;
    let k = 0;
    for (let p = from; p < to; p++) {
      const v = series.values[p]!;
      if ((p >= skipFrom && p < skipTo) || Number.isNaN(v)) continue;
      s += v;
      k++;
    }
    return k > 0 ? s / k : Number.NaN;
  };
  const inside = mean(start, end);
  const outside = mean(0, series.length, start, end);
  const segment = { start, end, t, before: mean(0, start), outside, inside, drop: outside > 0 ? 1 - inside / outside : 0 };
  return { ...step, segment };
}

export function periodStartDay(view: UnitView, series: StepSeries, period: number): Day {
  return series.byDay ? view.ev.line.day(period) : weekStartDay(view, period);
}
