import { describe, expect, it } from 'vitest';
import { addDays } from '../../../engine/core/calendar.js';
import { builtinHolidayCalendar, holidayCalendarFromEntries } from '../../../engine/core/holidays.js';
import { calendarDays } from '../../../engine/forecast/calendar.js';
import { solarTerm } from '../../../engine/forecast/math/solarTerms.js';

describe('solar terms', () => {
  // Term numbers: 0 小寒, 2 立春, 6 清明, 23 冬至. Each first day, and the day before it.
  it.each([
    [20240204, 2],
    [20240404, 6],
    [20251221, 23],
    [20240106, 0],
    [20240320, 5], // 春分 2024
    [20230923, 17], // 秋分 2023
  ])('%i begins term %i', (day, term) => {
    expect(solarTerm(day)).toBe(term);
    expect(solarTerm(addDays(day, -1))).toBe((term + 23) % 24);
  });

  it('gives every term about 15 days a year', () => {
    const counts = new Array<number>(24).fill(0);
    for (let i = 0; i < 365; i++) counts[solarTerm(addDays(20250101, i))]!++;
    for (const c of counts) expect(c).toBeGreaterThanOrEqual(14);
    for (const c of counts) expect(c).toBeLessThanOrEqual(17);
  });
});

describe('calendarDays', () => {
  const days = calendarDays(20240201, 40, builtinHolidayCalendar());
  const on = (day: number) => days.find((d) => d.day === day)!;

  it('types the Spring Festival block and the week after it as spring_festival', () => {
    expect(on(20240209).type).toBe('workday'); // Friday before the block (除夕 was not a day off in 2024)
    for (let d = 20240210; d <= 20240224; d++) expect(on(d).type).toBe('spring_festival');
    expect(on(20240225).type).toBe('weekend');
    expect(on(20240204).type).toBe('makeup_workday'); // 调休 Sunday before the block
    expect(on(20240210).off).toBe(true);
    expect(on(20240218).off).toBe(false); // 调休 Sunday inside the period is worked
    expect(on(20240219).off).toBe(false);
  });

  it('counts the Spring Festival offset from the first day of the block', () => {
    expect(on(20240210).springFestivalOffset).toBe(0);
    expect(on(20240201).springFestivalOffset).toBe(-9);
    expect(on(20240301).springFestivalOffset).toBe(20);
    expect(on(20240302).springFestivalOffset).toBeNull();
  });

  it('reads weekday, month and day of year', () => {
    const d = on(20240301);
    expect(d).toMatchObject({ weekday: 4, month: 3, dayOfYear: 60, solarTerm: 3 });
  });

  it('knows no Spring Festival in a table without one', () => {
    const plain = calendarDays(20240201, 30, holidayCalendarFromEntries([{ day: 20240212, type: 'holiday', festival: '' }]));
    expect(plain.every((d) => d.springFestivalOffset === null && d.type !== 'spring_festival')).toBe(true);
    expect(plain[11]!.type).toBe('holiday');
  });
});
