import { describe, expect, it } from 'vitest';
import { readResourceJson } from '../../../engine/core/resources.js';
import { parseIsoDay, weekday } from '../../../engine/core/calendar.js';
import { builtinHolidayCalendar } from '../../../engine/core/holidays.js';

interface Entry {
  date: string;
  type: string;
  festival: string;
  provisional?: boolean;
}

describe('the Chinese holiday table', () => {
  const file = readResourceJson<{ festivals: Record<string, string>; days: Entry[] }>('calendar', 'holidays-cn.json');

  it('lists each date once, with a known festival, and make-up working days only on weekends', () => {
    expect(new Set(file.days.map((d) => d.date)).size).toBe(file.days.length);
    for (const entry of file.days) {
      expect(Object.keys(file.festivals)).toContain(entry.festival);
      expect(['holiday', 'workday']).toContain(entry.type);
      if (entry.type === 'workday') expect(weekday(parseIsoDay(entry.date))).toBeGreaterThanOrEqual(5);
    }
  });

  it('covers 2023 to 2027, with a Spring Festival every year', () => {
    for (const year of [2023, 2024, 2025, 2026, 2027]) {
      expect(file.days.some((d) => d.date.startsWith(`${year}-`) && d.festival === '春节' && d.type === 'holiday')).toBe(true);
    }
  });

  it('tells holidays, make-up working days, weekends and working days apart', () => {
    const calendar = builtinHolidayCalendar();
    expect(calendar.kind(20250129)).toBe('holiday'); // 春节 2025, a Wednesday
    expect(calendar.festival(20250129)).toBe('春节');
    expect(calendar.kind(20250126)).toBe('makeup_workday'); // a Sunday worked (调休)
    expect(calendar.kind(20250308)).toBe('weekend');
    expect(calendar.kind(20250310)).toBe('workday');
    expect(calendar.springFestivals().find((b) => b[0]! > 20250000 && b[0]! < 20260000)).toEqual([
      20250128, 20250129, 20250130, 20250131, 20250201, 20250202, 20250203, 20250204,
    ]);
  });
});
