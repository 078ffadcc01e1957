// Willingness to pay from how the customer paid: the share of bills paid in full by their due day,
// days late (mean, max and the trend across the year) and the months overdue, over the bills due
// by the as-of day. A bill still owed at the as-of day is late by the days passed since its due day.
import { monthsBetween, type Day } from '../../../core/calendar.js';
import type { BillColumns } from '../bills.js';
import { daysLateAt, pastDue } from '../billState.js';
import { firstMonthOfWindow, inWindow } from './window.js';
import { mean, slope } from './stats.js';

export interface Lateness {
  onTimeRate12m: number;
  daysLateMean12m: number;
  daysLateMax12m: number;
  /** Days late per month, fitted over the last 12 months' bills. */
  daysLateTrend: number;
  monthsOverdue6m: number;
  monthsOverdue12m: number;
}

export function lateness(bills: BillColumns, issued: number[], asOf: Day): Lateness {
  const due12 = inWindow(bills, issued, asOf, 12).filter((r) => pastDue(bills, r, asOf));
  const late = due12.map((r) => daysLateAt(bills, r, asOf));
  const first6 = firstMonthOfWindow(asOf, 6);
  const first12 = firstMonthOfWindow(asOf, 12);
  let overdue6 = 0;
  due12.forEach((r, i) => {
    if (late[i]! > 0 && bills.month[r]! >= first6) overdue6++;
  });
  const none = due12.length === 0;
  return {
    onTimeRate12m: none ? NaN : late.filter((d) => d === 0).length / due12.length,
    daysLateMean12m: mean(late),
    daysLateMax12m: none ? NaN : Math.max(...late),
    daysLateTrend: slope(
      due12.map((r) => monthsBetween(first12, bills.month[r]!)),
      late,
    ),
    monthsOverdue6m: none ? NaN : overdue6,
    monthsOverdue12m: none ? NaN : late.filter((d) => d > 0).length,
  };
}
