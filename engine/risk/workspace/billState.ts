// One bill as it stood on a day: what had been paid by then, what was owed, how late it was.
// A payment counts only once made (paid day on or before the day), so a bill paid after an
// as-of day was wholly unpaid at it.
import { daysBetween, type Day } from '../../core/calendar.js';
import type { BillColumns } from './bills.js';

/** Below this a bill counts as paid in full (rounding of partial payments). */
const PAID_TOLERANCE_YUAN = 0.01;

export function paidBy(bills: BillColumns, row: number, day: Day): number {
  const paidDay = bills.paidDay[row]!;
  return paidDay !== 0 && paidDay <= day ? bills.paid[row]! : 0;
}

export function owedAt(bills: BillColumns, row: number, day: Day): number {
  return Math.max(0, bills.billed[row]! - paidBy(bills, row, day));
}

export function settledBy(bills: BillColumns, row: number, day: Day): boolean {
  return owedAt(bills, row, day) <= PAID_TOLERANCE_YUAN;
}

/** Past its due day on this day (due on the day itself is not late yet). */
export function pastDue(bills: BillColumns, row: number, day: Day): boolean {
  return bills.due[row]! < day;
}

/** Days after the due day it was paid in full, or, still owed on the day, days overdue by then. */
export function daysLateAt(bills: BillColumns, row: number, day: Day): number {
  const until = settledBy(bills, row, day) ? bills.paidDay[row]! || bills.due[row]! : day;
  return Math.max(0, daysBetween(bills.due[row]!, until));
}

/**
 * The late fee owed on the day. The bills give each fee as it stands at their last day; a fee
 * still accruing then had accrued, by an earlier day, the share of its days late that had passed.
 */
export function lateFeeAt(bills: BillColumns, row: number, day: Day): number {
  const fee = bills.lateFee[row]!;
  if (fee === 0 || settledBy(bills, row, day)) return fee;
  const daysThen = daysLateAt(bills, row, day);
  const daysAtEnd = daysLateAt(bills, row, bills.lastDay);
  return daysAtEnd <= 0 ? 0 : fee * Math.min(1, daysThen / daysAtEnd);
}
