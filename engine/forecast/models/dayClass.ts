// The day classes of the recency regression's daily profile: the weekday for ordinary days,
// and one class each for statutory holidays, 调休 make-up workdays and the Spring Festival
// period, whose load shapes do not follow their weekday.
import type { CalendarDay } from '../types.js';

export const DAY_CLASSES = 10;

export function dayClass(day: CalendarDay): number {
  switch (day.type) {
    case 'holiday':
      return 7;
    case 'makeup_workday':
      return 8;
    case 'spring_festival':
      return 9;
    default:
      return day.weekday;
  }
}
