// What the forecasting models know of each day: weekday, month, day type from the holiday
// table (statutory holidays, 调休 make-up workdays, the Spring Festival period), the offset from
// the Spring Festival and the solar term.
import type { DayType } from '../api/forecastTypes.js';
import { addDays, dayToEpoch, weekday, type Day } from '../core/calendar.js';
import type { HolidayCalendar } from '../core/holidays.js';
import { solarTerm } from './math/solarTerms.js';
import type { CalendarDay } from './types.js';

/**
 * Days after a Spring Festival holiday block that still count as 'spring_festival': load stays
 * depressed while migrant workers return and factories restart (roughly up to the Lantern
 * Festival, 正月十五, which falls 7-9 days after the block ends).
 */
export const SPRING_FESTIVAL_TAIL_DAYS = 7;
/** The span of springFestivalOffset (see CalendarDay). */
const OFFSET_BEFORE = 15;
const OFFSET_AFTER = 20;

export function calendarDays(firstDay: Day, count: number, holidays: HolidayCalendar): CalendarDay[] {
  const blocks = holidays.springFestivals().filter((b) => b.length > 0);
  const blockStarts = blocks.map((b) => dayToEpoch(b[0]!));
  const blockEnds = blocks.map((b) => dayToEpoch(b[b.length - 1]!));
  const days: CalendarDay[] = [];
  for (let i = 0; i < count; i++) {
    const day = addDays(firstDay, i);
    const epoch = dayToEpoch(day);
    let offset: number | null = null;
    let inSpringPeriod = false;
    for (let b = 0; b < blocks.length; b++) {
      const fromStart = epoch - blockStarts[b]!;
      if (fromStart >= -OFFSET_BEFORE && fromStart <= OFFSET_AFTER) offset = fromStart;
      if (fromStart >= 0 && epoch <= blockEnds[b]! + SPRING_FESTIVAL_TAIL_DAYS) inSpringPeriod = true;
    }
    const kind = holidays.kind(day);
    const type: DayType = inSpringPeriod ? 'spring_festival' : kind;
    // The block's days are holidays in the table; the tail's working days are not days off.
    const off = kind === 'holiday' || kind === 'weekend';
    days.push({
      day,
      weekday: weekday(day),
      month: Math.floor(day / 100) % 100,
      dayOfYear: epoch - dayToEpoch(Math.floor(day / 10_000) * 10_000 + 101),
      type,
      off,
      springFestivalOffset: offset,
      solarTerm: solarTerm(day),
    });
  }
  return days;
}
