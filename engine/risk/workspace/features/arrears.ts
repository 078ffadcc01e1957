// The customer's debt on the as-of day: arrears (what bills past their due day still owed then),
// how they moved over the last 3 months, late fees over the year, and the last bill against the
// customer's own history (a bill far above the usual is harder to pay).
import type { Day } from '../../../core/calendar.js';
import type { BillColumns } from '../bills.js';
import { lateFeeAt, owedAt, pastDue } from '../billState.js';
import { addMonthsToDay } from '../days.js';
import { median } from './stats.js';
import { inWindow } from './window.js';

/** Bills before the last one that its history is the median of. */
const HISTORY_BILLS = 12;
const MIN_HISTORY_BILLS = 3;
/** Bills whose median is the expected next bill. */
const RECENT_BILLS = 3;

export interface Debt {
  arrearsYuan: number;
  /** Arrears now minus arrears 3 months before (yuan). */
  arrearsTrend: number;
  lateFeeYuan12m: number;
  /** The last bill over the median of the 12 before it (the data set divides it by its category's median ratio: seasonal.ts). */
  billVsHistory: number;
  /** Median of the last 3 bills: what the next bill is expected to be. */
  expectedBillYuan: number;
}

export function arrearsAt(bills: BillColumns, issued: number[], day: Day): number {
  let owed = 0;
  for (const r of issued) if (bills.issue[r]! <= day && pastDue(bills, r, day)) owed += owedAt(bills, r, day);
  return owed;
}

export function debt(bills: BillColumns, issued: number[], asOf: Day): Debt {
  const arrears = arrearsAt(bills, issued, asOf);
  let fees = 0;
  for (const r of inWindow(bills, issued, asOf, 12)) fees += lateFeeAt(bills, r, asOf);
  const billed = issued.map((r) => bills.billed[r]!);
  const history = billed.slice(-1 - HISTORY_BILLS, -1);
  const usual = history.length >= MIN_HISTORY_BILLS ? median(history) : NaN;
  return {
    arrearsYuan: arrears,
    arrearsTrend: arrears - arrearsAt(bills, issued, addMonthsToDay(asOf, -3)),
    lateFeeYuan12m: fees,
    billVsHistory: usual > 0 ? billed[billed.length - 1]! / usual : NaN,
    expectedBillYuan: median(billed.slice(-RECENT_BILLS)),
  };
}
