// Drop against the customer's own history: the lowest run of weekly consumption against the
// weeks around it (series/changePoint.ts), dated to the day. Value: the share of consumption
// lost, discounted while the change is not clearly significant.
import type { Day } from '../../core/calendar.js';
import { meanOfKnown } from '../series/stats.js';
import { lowestSegment, significance, type LowSegment } from '../series/changePoint.js';
import type { Indicator } from '../types.js';
import { iso, round, weekStartDay, type UnitView } from './view.js';

export interface Drop {
  segment: LowSegment;
  changeDay: Day;
  /** The day it came back (null while it lasts). */
  recoveredDay: Day | null;
}

export function ownDrop(view: UnitView): { indicator: Indicator; drop: Drop | null } | null {
  if (view.weeks < 10) return null;
  const segment = lowestSegment(view.weekly, view.weeks);
  if (!segment || segment.drop <= 0) {
    return { indicator: { code: 'own_drop', value: 0, message: 'No lasting drop in consumption.', details: {} }, drop: null };
  }
  const drop = datedDrop(view, segment);
  const value = segment.drop * significance(segment.t);
  const recovered = drop.recoveredDay === null ? '' : ` until ${iso(drop.recoveredDay)}`;
  return {
    indicator: {
      code: 'own_drop',
      value,
      message: `Consumption fell ${Math.round(segment.drop * 100)}% from ${round(segment.before, 1)} to ${round(segment.inside, 1)} kWh/day on ${iso(drop.changeDay)}${recovered}.`,
      details: {
        changeDay: iso(drop.changeDay),
        recoveredDay: drop.recoveredDay === null ? null : iso(drop.recoveredDay),
        beforeKwhDay: round(segment.before, 2),
        afterKwhDay: round(segment.inside, 2),
        dropPercent: Math.round(segment.drop * 100),
        t: round(segment.t, 1),
      },
      changeDay: drop.changeDay,
    },
    drop,
  };
}

/**
 * The day of the change: within the week before and the week of the run's start, the split
 * that best fits the weekly level before and the level inside (least squares on daily kWh).
 */
export function datedDrop(view: UnitView, segment: LowSegment): Drop {
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
  return { segment, changeDay: line.day(best), recoveredDay: segment.end < view.weeks ? weekStartDay(view, segment.end) : null };
}
