// Drop against the customer's own history: the lowest run of weekly consumption (daily on a
// short history, indicators/steps.ts) against the periods around it (series/changePoint.ts),
// dated to the day. Value: the share of consumption lost beyond what the season explains
// (indicators/season.ts), discounted while the change is not clearly significant. On a short
// history the days are located on their logarithm (steps.ts, logLevelStep): one or two heavy
// days before a change (a wash day, guests) must not hide a fall every later day shows.
import type { Day } from '../../core/calendar.js';
import { meanOfKnown } from '../series/stats.js';
import { significance, type LowSegment } from '../series/changePoint.js';
import type { Indicator } from '../types.js';
import { seasonalKeep } from './season.js';
import { logLevelStep, lowestStep, stepSeries, type Step, type StepSeries } from './steps.js';
import { iso, round, type UnitView } from './view.js';

export interface Drop {
  segment: LowSegment;
  changeDay: Day;
  /** The day it came back (null while it lasts). */
  recoveredDay: Day | null;
  /** Mean kWh/day before the change. */
  baselineKwhDay: number;
}

export function ownDrop(view: UnitView): { indicator: Indicator; drop: Drop | null } | null {
  const series = stepSeries(view, view.daily, () => view.weekly);
  if (!series) return null;
  const step = series.byDay ? logLevelStep(view, series) : lowestStep(view, series);
  if (!step || step.segment.drop <= 0) {
    return { indicator: { code: 'own_drop', value: 0, message: 'No lasting drop in consumption.', details: {} }, drop: null };
  }
  const { segment } = step;
  const drop = datedDrop(view, series, step);
  const seasonal = series.byDay ? 1 : seasonalKeep(view, segment);
  const beyondSeason = Math.max(0, 1 - (1 - segment.drop) / seasonal);
  const value = beyondSeason * significance(segment.t);
  const recovered = drop.recoveredDay === null ? '' : ` until ${iso(drop.recoveredDay)}`;
  const season = seasonal < 1 ? ` (the season alone explains a fall to ${Math.round(seasonal * 100)}%)` : '';
  return {
    indicator: {
      code: 'own_drop',
      value,
      message: `Consumption fell ${Math.round(segment.drop * 100)}% from ${round(segment.before, 1)} to ${round(segment.inside, 1)} kWh/day on ${iso(drop.changeDay)}${recovered}${season}.`,
      details: {
        changeDay: iso(drop.changeDay),
        recoveredDay: drop.recoveredDay === null ? null : iso(drop.recoveredDay),
        beforeKwhDay: round(segment.before, 2),
        afterKwhDay: round(segment.inside, 2),
        dropPercent: Math.round(segment.drop * 100),
        seasonalKeepPercent: Math.round(seasonal * 100),
        t: round(segment.t, 1),
      },
      changeDay: drop.changeDay,
    },
    drop,
  };
}

/**
 * The day of the change. A run of days is dated by its first day. A run of weeks: within the
 * week before and the week of the run's start, the split that best fits the weekly level
 * before and the level inside (least squares on daily kWh).
 */
export function datedDrop(view: UnitView, series: StepSeries, step: Step): Drop {
  const { segment } = step;
  if (series.byDay) {
    return { segment, changeDay: step.start, recoveredDay: step.recovered, baselineKwhDay: meanOfKnown(view.daily, 0, segment.start) };
  }
  const { grid, line } = view.ev;
  const from = Math.max(0, grid.offset + (segment.start - 1) * 7);
  const to = Math.min(view.end, grid.offset + (segment.start + 1) * 7);
  // The levels in kWh (the segment may be of shares of the peers).
  const before = meanOfKnown(view.weekly, 0, segment.start);
  const inside = meanOfKnown(view.weekly, segment.start, segment.end);
  let best = grid.offset + segment.start * 7;
  let bestCost = Number.POSITIVE_INFINITY;
  for (let split = from + 1; split < to; split++) {
    let cost = 0;
    for (let i = from; i < to; i++) {
      const v = view.daily[i]!;
      if (Number.isNaN(v)) continue;
      const level = i < split ? before : inside;
      cost += (v - level) ** 2;
    }
    if (cost < bestCost) {
      bestCost = cost;
      best = split;
    }
  }
  return { segment, changeDay: line.day(best), recoveredDay: step.recovered, baselineKwhDay: before };
}
