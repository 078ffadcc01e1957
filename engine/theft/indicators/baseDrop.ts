// The whole day fell, standing load included (Jokar's h1/h3: a meter that registers a share of
// every reading, a shunted current transformer, a bypassed phase). Around the own drop's change,
// two findings from the curves:
// - every hour fell: per hour of the day, the median kWh of the periods after the change against
//   those before; the share of hours that fell beyond half of them, times the median fall;
// - the standing load followed: in the customer's quiet hours (the QUIET_HOURS hours it used
//   least before the change: the fridge, standby, the night) the load fell as much as the day's.
// An honest fall (an empty flat, a closed shop, less work) takes out the activity and leaves the
// standing load running; a tampered meter scales it with the rest. Value: the first times the
// share of the day's fall the quiet hours followed (0 when they held their level), at most the
// own drop's value (which the season and the change's significance discount: a summer's end
// scales a whole day down too), times how evenly the hours fell (indicators/uniformFall.ts: a
// scaled meter lowers every hour by the same ratio, a change of habits some hours more than
// others). The score (score/robust.ts) also counts a drop the quiet hours did not follow for less.
import { HOURS } from '../evidence/curves.js';
import { median } from '../series/stats.js';
import type { Indicator } from '../types.js';
import type { Drop } from './ownDrop.js';
import { shapeTable, type ShapeTable } from './shapeSeries.js';
import { uniformFall } from './uniformFall.js';
import { iso, round, type UnitView } from './view.js';

export const QUIET_HOURS = 6;
/** Under this share of the day in the quiet hours there is no standing load to follow a drop. */
const MIN_QUIET_SHARE = 0.02;
/** Fewest periods with a curve on each side of the change. */
const MIN_PERIODS = 2;

export function baseDrop(view: UnitView, drop: Drop | null, dropValue: number): Indicator | null {
  const curves = view.ev.curves.get(view.index);
  const table = curves ? shapeTable(view, curves) : null;
  if (!table) return null;
  if (!drop) return { code: 'base_drop', value: 0, message: 'No drop for the standing load to follow.', details: {} };
  const { start, end } = drop.segment;
  const beforePeriods = periodsWithCurves(view, table, 0, start);
  const before = hourlyLevels(view, table, beforePeriods);
  const after = hourlyLevels(view, table, periodsWithCurves(view, table, start, end));
  if (before.periods < MIN_PERIODS || after.periods < MIN_PERIODS) return null;
  const quiet = quietHours(before.mean);
  const sum = (values: Float64Array, hours: Iterable<number>) => [...hours].reduce((s, h) => s + values[h]!, 0);
  const dayBefore = sum(before.mean, before.mean.keys());
  const quietBefore = sum(before.mean, quiet);
  if (!(dayBefore > 0) || quietBefore < MIN_QUIET_SHARE * dayBefore) {
    return { code: 'base_drop', value: 0, message: 'The quiet hours read almost nothing before the change: no standing load to compare.', details: {} };
  }
  const dayDrop = 1 - sum(after.mean, after.mean.keys()) / dayBefore;
  const quietDrop = 1 - sum(after.mean, quiet) / quietBefore;
  const followed = dayDrop > 0 ? Math.min(1, Math.max(0, quietDrop / dayDrop)) : 0;
  const fall = everyHourFell(before.median, after.median);
  // Ordinary days against ordinary days: alternate periods before the change.
  const even = uniformFall(
    before.median,
    after.median,
    hourlyLevels(view, table, beforePeriods.filter((_, i) => i % 2 === 0)).median,
    hourlyLevels(view, table, beforePeriods.filter((_, i) => i % 2 === 1)).median,
  );
  // kWh/day in the quiet hours over their hours: the standing load in kW.
  const kw = (levels: Float64Array) => round(sum(levels, quiet) / QUIET_HOURS, 3);
  return {
    code: 'base_drop',
    value: Math.min(dropValue, fall.value * followed * even.evenness),
    message:
      `From ${iso(drop.changeDay)} the load fell in ${fall.hours} of ${HOURS} hours of the day (by a median ${Math.round(fall.drop * 100)}%), ` +
      `and in the customer's quietest ${QUIET_HOURS} hours by ${Math.round(quietDrop * 100)}% (${kw(before.mean)} to ${kw(after.mean)} kW) ` +
      `as the day's fell ${Math.round(dayDrop * 100)}%: the standing load dropped with the rest. ` +
      `The hours strayed from the day's ratio by ${Math.round(even.spread * 100)}% on average (ordinary days before: ${Math.round(even.noise * 100)}%).`,
    details: {
      changeDay: iso(drop.changeDay),
      hoursFell: fall.hours,
      hourDropPercent: Math.round(fall.drop * 100),
      quietKwBefore: kw(before.mean),
      quietKwAfter: kw(after.mean),
      quietDropPercent: Math.round(quietDrop * 100),
      dayDropPercent: Math.round(dayDrop * 100),
      hourSpreadPercent: Math.round(even.spread * 100),
      hourNoisePercent: Math.round(even.noise * 100),
    },
    changeDay: drop.changeDay,
  };
}

/** The hours of the day with the least energy. */
export function quietHours(levels: Float64Array): number[] {
  return Array.from(levels.keys())
    .sort((a, b) => levels[a]! - levels[b]! || a - b)
    .slice(0, QUIET_HOURS);
}

interface HourlyLevels {
  /** Per hour of the day, the mean kWh over the periods. */
  mean: Float64Array;
  /** Per hour of the day, the median kWh over the periods (a single odd day moves it little). */
  median: Float64Array;
  periods: number;
}

/** The periods of [from, to) that have a curve and a level. */
function periodsWithCurves(view: UnitView, table: ShapeTable, from: number, to: number): number[] {
  const periods: number[] = [];
  for (let p = from; p < to; p++) {
    const kwh = table.byDay ? view.daily[p]! : view.weekly[p]!;
    if (table.days[p]! >= table.minDays && !Number.isNaN(kwh)) periods.push(p);
  }
  return periods;
}

/** Each hour's kWh per day over the periods: its share of the day times the day's kWh. */
function hourlyLevels(view: UnitView, table: ShapeTable, periods: number[]): HourlyLevels {
  const mean = new Float64Array(HOURS);
  const medians = new Float64Array(HOURS);
  const column = new Float64Array(periods.length);
  for (let h = 0; h < HOURS; h++) {
    periods.forEach((p, i) => {
      const kwh = table.byDay ? view.daily[p]! : view.weekly[p]!;
      column[i] = (kwh * table.sums[p * HOURS + h]!) / table.days[p]!;
      mean[h]! += column[i]! / periods.length;
    });
    medians[h] = median(column);
  }
  return { mean, median: medians, periods: periods.length };
}

/**
 * How far every hour fell: the hours whose median fell, the median fall over the hours, and the
 * value, (share of hours that fell - 1/2) / (1/2) times that median fall (0 when half the hours
 * or fewer fell, as by chance).
 */
export function everyHourFell(before: Float64Array, after: Float64Array): { hours: number; drop: number; value: number } {
  const ratios = new Float64Array(HOURS);
  let n = 0;
  let hours = 0;
  for (let h = 0; h < HOURS; h++) {
    if (!(before[h]! > 0)) continue;
    ratios[n++] = after[h]! / before[h]!;
    if (after[h]! < before[h]!) hours++;
  }
  if (n < HOURS / 2) return { hours, drop: 0, value: 0 };
  const drop = Math.max(0, Math.min(1, 1 - median(ratios, n)));
  return { hours, drop, value: Math.max(0, (hours / n - 0.5) / 0.5) * drop };
}
