// The months an overview covers: as asked, or by default the last twelve months with data.
import { EngineError } from '../api/errors.js';
import { addMonths, formatMonth, monthsBetween, parseIsoMonth, type Month } from '../core/calendar.js';
import type { Db } from '../store/database.js';

export interface MonthRange {
  from: Month;
  to: Month;
}

/** The latest month holding consumption or bills, or null in an empty workspace. */
export function lastDataMonth(db: Db): Month | null {
  const row = db
    .prepare(`SELECT MAX(m) FROM (SELECT MAX(month) AS m FROM agg_energy_monthly UNION ALL SELECT MAX(month) FROM agg_bills_monthly)`)
    .pluck()
    .get() as number | null;
  return row ?? null;
}

export function resolvePeriod(db: Db, args: { from?: string | undefined; to?: string | undefined }): MonthRange | null {
  const explicitTo = args.to ? parseIsoMonth(args.to) : null;
  const explicitFrom = args.from ? parseIsoMonth(args.from) : null;
  const to = explicitTo ?? lastDataMonth(db);
  if (to === null) return null;
  const from = explicitFrom ?? addMonths(to, -11);
  if (from > to) {
    throw new EngineError('validation', `The period starts (${formatMonth(from)}) after it ends (${formatMonth(to)}). Choose a start month before the end month.`, {
      from: formatMonth(from),
      to: formatMonth(to),
    });
  }
  return { from, to };
}

/** Every month of the range, oldest first. */
export function monthsOf(range: MonthRange): Month[] {
  return Array.from({ length: monthsBetween(range.from, range.to) + 1 }, (_, i) => addMonths(range.from, i));
}

export function shiftYears(range: MonthRange, years: number): MonthRange {
  return { from: addMonths(range.from, 12 * years), to: addMonths(range.to, 12 * years) };
}
