// The training target: serious arrears within the horizon after the as-of day. A bill issued in
// (asOf, asOf + horizon] is a serious arrear when, `overdueDays` after its due day, at least
// `minArrearsYuan` of it was still owed (unpaid then, or paid only later, or paid in part). Judged
// from the bills as they stand: a bill whose due day + overdueDays is after the bills' last day
// cannot be judged yet, and a customer with no bill judged in the horizon has no target.
import { addDays, type Day } from '../../core/calendar.js';
import type { BillColumns } from './bills.js';
import { owedAt } from './billState.js';
import { addMonthsToDay } from './days.js';

export interface TargetDefinition {
  overdueDays: number;
  minArrearsYuan: number;
}

export const defaultTargetDefinition: TargetDefinition = { overdueDays: 30, minArrearsYuan: 50 };

export const NOT_JUDGED = -1;

/** 1 serious arrears, 0 none, NOT_JUDGED when no bill of the horizon can be judged. */
export function customerTarget(bills: BillColumns, c: number, asOf: Day, horizonMonths: number, definition: TargetDefinition): number {
  const end = addMonthsToDay(asOf, horizonMonths);
  let target = NOT_JUDGED;
  for (let r = bills.start[c]!; r < bills.start[c + 1]!; r++) {
    const issue = bills.issue[r]!;
    if (issue <= asOf || issue > end) continue;
    const judgedOn = addDays(bills.due[r]!, definition.overdueDays);
    if (judgedOn > bills.lastDay) continue;
    if (owedAt(bills, r, judgedOn) >= definition.minArrearsYuan) return 1;
    target = 0;
  }
  return target;
}
