// The holiday table a workspace forecasts with: the built-in Chinese table, or the workspace's
// own once it saves one (meta 'holiday_table' = 'workspace'; holiday_days then is the whole
// table, even empty: see engine/store/migrations/m002_forecast.ts).
import type { CalendarEntry, HolidayCalendarInfo } from '../api/forecastTypes.js';
import { formatDay, parseIsoDay } from '../core/calendar.js';
import { builtinHolidayEntries, holidayCalendarFromEntries, type HolidayCalendar, type HolidayEntry } from '../core/holidays.js';
import { getMeta, setMeta, type Db } from '../store/database.js';

const META_KEY = 'holiday_table';
const WORKSPACE = 'workspace';

function usesOwnTable(db: Db): boolean {
  return getMeta(db, META_KEY) === WORKSPACE;
}

function holidayEntries(db: Db): HolidayEntry[] {
  if (!usesOwnTable(db)) return builtinHolidayEntries();
  return db.prepare('SELECT day, type, festival FROM holiday_days ORDER BY day').all() as HolidayEntry[];
}

export function workspaceHolidayCalendar(db: Db): HolidayCalendar {
  return holidayCalendarFromEntries(holidayEntries(db));
}

export function holidayCalendarInfo(db: Db): HolidayCalendarInfo {
  return {
    source: usesOwnTable(db) ? 'workspace' : 'builtin',
    entries: holidayEntries(db).map((e): CalendarEntry => ({ day: formatDay(e.day), type: e.type, festival: e.festival })),
  };
}

/**
 * Saves the workspace's own table (replacing any before; a day listed twice keeps its last
 * entry), or with 'reset' goes back to the built-in one. Call inside a write job.
 */
export function saveHolidayTable(db: Db, entries: CalendarEntry[] | 'reset'): HolidayCalendarInfo {
  db.transaction(() => {
    db.prepare('DELETE FROM holiday_days').run();
    if (entries === 'reset') {
      db.prepare('DELETE FROM meta WHERE key = ?').run(META_KEY);
      return;
    }
    const insert = db.prepare('INSERT INTO holiday_days (day, type, festival) VALUES (?, ?, ?) ON CONFLICT (day) DO UPDATE SET type = excluded.type, festival = excluded.festival');
    for (const e of entries) insert.run(parseIsoDay(e.day), e.type, e.festival.trim());
    setMeta(db, META_KEY, WORKSPACE);
  })();
  return holidayCalendarInfo(db);
}
