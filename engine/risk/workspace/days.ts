// Day arithmetic the point-in-time features need beyond engine/core/calendar.
import { addMonths, daysInMonth, lastDayOf, monthOf, type Day } from '../../core/calendar.js';

/** The same day n months later (or earlier), clipped to the month's length; a month-end stays a month-end. */
export function addMonthsToDay(day: Day, n: number): Day {
  const month = addMonths(monthOf(day), n);
  if (day === lastDayOf(monthOf(day))) return lastDayOf(month);
  const length = daysInMonth(Math.floor(month / 100), month % 100);
  return month * 100 + Math.min(day % 100, length);
}

/** The last month-end on or before the day. */
export function monthEndOnOrBefore(day: Day): Day {
  return day === lastDayOf(monthOf(day)) ? day : lastDayOf(addMonths(monthOf(day), -1));
}
