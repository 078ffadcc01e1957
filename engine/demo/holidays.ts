// The Chinese holiday table (resources/calendar/holidays-cn.json): statutory days off and
// the weekend days worked in exchange (调休). Read at run time so that next year's
// State Council notice can be added without a rebuild.
import { parseIsoDay, weekday, type Day } from '../core/calendar.js';
import { readResourceJson } from '../core/resources.js';

interface HolidayFile {
  festivals: Record<string, string>;
  days: { date: string; type: 'holiday' | 'workday'; festival: string; provisional?: boolean }[];
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

export interface HolidayCalendar {
  kind(day: Day): DayKind;
  /** The festival a listed day belongs to (Chinese name), or null. */
  festival(day: Day): string | null;
  /** The days of each Spring Festival (春节) holiday block in the table. */
  springFestivals(): Day[][];
}

export function loadHolidayCalendar(): HolidayCalendar {
  const file = readResourceJson<HolidayFile>('calendar', 'holidays-cn.json');
  const listed = new Map<Day, { type: 'holiday' | 'workday'; festival: string }>();
  for (const entry of file.days) listed.set(parseIsoDay(entry.date), { type: entry.type, festival: entry.festival });

  const springDays = [...listed.entries()]
    .filter(([, e]) => e.type === 'holiday' && e.festival === '春节')
    .map(([day]) => day)
    .sort((a, b) => a - b);
  const blocks: Day[][] = [];
  for (const day of springDays) {
    const block = blocks[blocks.length - 1];
    if (block && Math.floor(day / 10_000) === Math.floor(block[0]! / 10_000)) block.push(day);
    else blocks.push([day]);
  }

  return {
    kind(day) {
      const entry = listed.get(day);
      if (entry) return entry.type === 'holiday' ? 'holiday' : 'makeup_workday';
      return weekday(day) >= 5 ? 'weekend' : 'workday';
    },
    festival: (day) => listed.get(day)?.festival ?? null,
    springFestivals: () => blocks.map((b) => [...b]),
  };
}
