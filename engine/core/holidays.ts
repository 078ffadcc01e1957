// The Chinese holiday table: statutory days off and the weekend days worked in exchange (调休).
// The built-in table is resources/calendar/holidays-cn.json, read at run time so that next
// year's State Council notice can be added without a rebuild; a workspace may keep a table of
// its own (engine/forecast/holidayTable.ts). The demo generator and load forecasting read it.
import { parseIsoDay, weekday, type Day } from './calendar.js';
import { readResourceJson } from './resources.js';

interface HolidayFile {
  festivals: Record<string, string>;
  days: { date: string; type: 'holiday' | 'workday'; festival: string; provisional?: boolean }[];
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

/** One listed day: a day off (holiday) or a weekend day worked (workday, 调休). */
export interface HolidayEntry {
  day: Day;
  type: 'holiday' | 'workday';
  /** The festival's name as the table gives it (春节, 国庆节...); '' when none. */
  festival: string;
}

export interface HolidayCalendar {
  kind(day: Day): DayKind;
  /** The festival a listed day belongs to (Chinese name), or null. */
  festival(day: Day): string | null;
  /** The days of each Spring Festival (春节) holiday block in the table. */
  springFestivals(): Day[][];
}

export const SPRING_FESTIVAL = '春节';

/** The entries of the built-in table, in date order. */
export function builtinHolidayEntries(): HolidayEntry[] {
  const file = readResourceJson<HolidayFile>('calendar', 'holidays-cn.json');
  return file.days.map((d) => ({ day: parseIsoDay(d.date), type: d.type, festival: d.festival })).sort((a, b) => a.day - b.day);
}

export function builtinHolidayCalendar(): HolidayCalendar {
  return holidayCalendarFromEntries(builtinHolidayEntries());
}

/** A calendar from listed days; a day listed twice keeps its last entry. */
export function holidayCalendarFromEntries(entries: readonly HolidayEntry[]): HolidayCalendar {
  const listed = new Map<Day, { type: 'holiday' | 'workday'; festival: string }>();
  for (const entry of entries) listed.set(entry.day, { type: entry.type, festival: entry.festival });
  const blocks = springFestivalBlocks(listed);
  return {
    kind(day) {
      const entry = listed.get(day);
      if (entry) return entry.type === 'holiday' ? 'holiday' : 'makeup_workday';
      return weekday(day) >= 5 ? 'weekend' : 'workday';
    },
    festival: (day) => listed.get(day)?.festival || null,
    springFestivals: () => blocks.map((b) => [...b]),
  };
}

/** The Spring Festival days off grouped by year: one block per Lunar New Year. */
function springFestivalBlocks(listed: Map<Day, { type: 'holiday' | 'workday'; festival: string }>): Day[][] {
  const springDays = [...listed.entries()]
    .filter(([, e]) => e.type === 'holiday' && e.festival === SPRING_FESTIVAL)
    .map(([day]) => day)
    .sort((a, b) => a - b);
  const blocks: Day[][] = [];
  for (const day of springDays) {
    const block = blocks[blocks.length - 1];
    if (block && Math.floor(day / 10_000) === Math.floor(block[0]! / 10_000)) block.push(day);
    else blocks.push([day]);
  }
  return blocks;
}
