// The span of data an import wrote, widened to what each aggregate recomputes.
import { firstDayOf, lastDayOf, monthOf, type Day, type Month } from '../core/calendar.js';

/** Days an import wrote, or null when it may affect every period (customers, areas). */
export type TouchedRange = { firstDay: Day; lastDay: Day } | null;

export interface MonthSpan {
  from: Month;
  to: Month;
}

export interface DaySpan {
  from: Day;
  to: Day;
}

/** Beyond any calendar value the store holds: "everything" as a plain range keeps one SQL statement per refresh. */
export const ALL_MONTHS: MonthSpan = { from: 0, to: 999_999 };

/** The whole months containing the touched days (month aggregates are recomputed a month at a time). */
export function touchedMonths(touched: TouchedRange): MonthSpan {
  if (!touched) return ALL_MONTHS;
  return { from: monthOf(touched.firstDay), to: monthOf(touched.lastDay) };
}

/** Every day of the touched months: daily aggregates follow their months so both stay consistent. */
export function touchedDays(touched: TouchedRange): DaySpan {
  if (!touched) return { from: 0, to: 99_999_999 };
  const months = touchedMonths(touched);
  return { from: firstDayOf(months.from), to: lastDayOf(months.to) };
}
