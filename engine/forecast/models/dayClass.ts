// Days whose load shape does not follow their weekday: statutory holidays, 调休 make-up workdays
// and the Spring Festival period. The recency regression gives each its own deviation from the
// weekday's daily profile.
import type { CalendarDay } from '../types.js';

export const SPECIAL_DAY_CLASSES = 3;

/** 0 holiday, 1 make-up workday, 2 Spring Festival period; null for an ordinary day. */
export function specialDayClass(day: CalendarDay): number | null {
  switch (day.type) {
    case 'holiday':
      return 0;
    case 'makeup_workday':
      return 1;
    case 'spring_festival':
      return 2;
    default:
      return null;
  }
}
