// The bills a feature looks back over: a customer's bills issued by the as-of day, of the last
// n billing months (with a month-end as-of day, the 12 months' bills issued by then).
import { addMonths, monthOf, type Day, type Month } from '../../../core/calendar.js';
import type { BillColumns } from '../bills.js';

export function firstMonthOfWindow(asOf: Day, months: number): Month {
  return addMonths(monthOf(asOf), -months);
}

/** The rows of customer c's bills issued by asOf, oldest first. */
export function issuedRows(bills: BillColumns, c: number, asOf: Day): number[] {
  const rows: number[] = [];
  for (let r = bills.start[c]!; r < bills.start[c + 1]!; r++) if (bills.issue[r]! <= asOf) rows.push(r);
  return rows;
}

export function inWindow(bills: BillColumns, rows: number[], asOf: Day, months: number): number[] {
  const first = firstMonthOfWindow(asOf, months);
  return rows.filter((r) => bills.month[r]! >= first);
}
