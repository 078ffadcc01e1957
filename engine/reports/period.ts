// The months a report covers and those it compares them with: the same number of months just
// before (the month before, for a monthly report) and the same months a year earlier.
import { addMonths, firstDayOf, lastDayOf, monthsBetween, parseIsoMonth, type Day } from '../core/calendar.js';
import { shiftYears, type MonthRange } from '../overview/period.js';
import type { Db } from '../store/database.js';

export interface ReportPeriod {
  range: MonthRange;
  previous: MonthRange;
  yearAgo: MonthRange;
  /** A monthly report compares with the month before, a longer one with the period before. */
  against: 'month' | 'period';
  from: Day;
  to: Day;
}

export function reportPeriod(period: { from: string; to: string }): ReportPeriod {
  const range = { from: parseIsoMonth(period.from), to: parseIsoMonth(period.to) };
  const months = monthsBetween(range.from, range.to) + 1;
  return {
    range,
    previous: { from: addMonths(range.from, -months), to: addMonths(range.to, -months) },
    yearAgo: shiftYears(range, -1),
    against: months === 1 ? 'month' : 'period',
    from: firstDayOf(range.from),
    to: lastDayOf(range.to),
  };
}

/**
 * Whether the workspace's consumption covers the range from its first day: a month it only
 * partly holds (the first month of the data) would make any comparison with it a large false change.
 */
export function coversRange(db: Db, range: MonthRange): boolean {
  const first = db.prepare('SELECT MIN(day) FROM agg_energy_daily').pluck().get() as number | null;
  return first !== null && first <= firstDayOf(range.from);
}

/** The twelve months ending with the period's last (a chart's context), or the period when longer. */
export function trailingYear(period: ReportPeriod): MonthRange {
  return { from: Math.min(period.range.from, addMonths(period.range.to, -11)), to: period.range.to };
}
