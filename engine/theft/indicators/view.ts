// One unit's evidence as of a day: what an indicator sees. `end` cuts every series (day index,
// exclusive), so the same indicators give a labelled customer's features as of its inspection,
// without anything the inspection itself caused.
import { addDays, formatDay, type Day } from '../../core/calendar.js';
import type { Evidence } from '../evidence/load.js';
import { weeksBefore } from '../series/weeks.js';
import type { ScoredUnit } from '../types.js';

export interface UnitView {
  ev: Evidence;
  index: number;
  unit: ScoredUnit;
  /** Daily kWh of the unit over the whole timeline (read only up to end). */
  daily: Float32Array;
  /** Weekly medians over the whole timeline (read only up to weeks). */
  weekly: Float64Array;
  /** Day index the view ends before. */
  end: number;
  /** Whole weeks before end. */
  weeks: number;
  /** The change day found by the drop and shape indicators, when they found one (filled in as they run). */
  changeDay: Day | null;
}

export function unitView(ev: Evidence, index: number, end: number = ev.line.length): UnitView {
  const days = ev.daily.days;
  const weeks = ev.grid.weeks;
  return {
    ev,
    index,
    unit: ev.units[index]!,
    daily: ev.daily.values.subarray(index * days, (index + 1) * days),
    weekly: ev.weekly.subarray(index * weeks, (index + 1) * weeks),
    end,
    weeks: weeksBefore(ev.grid, end),
    changeDay: null,
  };
}

/** First day of week w of the view's grid. */
export function weekStartDay(view: UnitView, week: number): Day {
  return view.ev.line.day(view.ev.grid.offset + week * 7);
}

/** The last day the view sees. */
export function viewLastDay(view: UnitView): Day {
  return addDays(view.ev.line.first, view.end - 1);
}

export const iso = formatDay;

/** Rounded for a message or details. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
