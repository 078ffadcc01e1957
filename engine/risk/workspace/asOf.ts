// Which days a workspace model learns and scores as of, when the analyst names none.
// Scoring: the end of the month the latest bill was issued in (the freshest picture of every
// customer). Training: the features must be as of a day whose whole horizon of bills can already
// be judged, so the last observable month-end (every bill issued by it judged) minus the horizon.
import { addDays, addMonths, lastDayOf, monthOf, type Day } from '../../core/calendar.js';
import type { BillColumns } from './bills.js';
import { addMonthsToDay, monthEndOnOrBefore } from './days.js';

export function latestScoringDay(bills: BillColumns): Day {
  let latest = 0;
  for (let r = 0; r < bills.issue.length; r++) latest = Math.max(latest, bills.issue[r]!);
  return lastDayOf(monthOf(latest));
}

/** The last month-end by which every bill issued can be judged `overdueDays` after its due day. */
export function lastObservableMonthEnd(bills: BillColumns, overdueDays: number): Day {
  let firstUnjudged = Infinity;
  let latestIssue = 0;
  for (let r = 0; r < bills.issue.length; r++) {
    latestIssue = Math.max(latestIssue, bills.issue[r]!);
    if (addDays(bills.due[r]!, overdueDays) > bills.lastDay) firstUnjudged = Math.min(firstUnjudged, bills.issue[r]!);
  }
  const limit = firstUnjudged === Infinity ? latestIssue : addDays(firstUnjudged, -1);
  return monthEndOnOrBefore(limit);
}

/** Features as of the horizon before the scoring day, and never past what can be judged. */
export function trainingDay(bills: BillColumns, scoringDay: Day, horizonMonths: number, overdueDays: number): Day {
  const observable = addMonthsToDay(lastObservableMonthEnd(bills, overdueDays), -horizonMonths);
  return Math.min(addMonthsToDay(scoringDay, -horizonMonths), observable);
}

/** The month-ends of the `history` months before the scoring day's month, oldest first, then the scoring day. */
export function scoringDays(latest: Day, history: number): Day[] {
  const before = Array.from({ length: history }, (_, k) => lastDayOf(addMonths(monthOf(latest), k - history)));
  return [...before, latest];
}
