// Editing the holiday table: pure operations on its entries, kept in day order with one entry a day.
import type { CalendarEntry } from '../../../../engine/api/forecastTypes.js';

/** Years the table covers, 'YYYY', ascending. */
export function yearsOf(entries: CalendarEntry[]): string[] {
  return [...new Set(entries.map((e) => e.day.slice(0, 4)))].sort();
}

export function entriesOfYear(entries: CalendarEntry[], year: string): CalendarEntry[] {
  return entries.filter((e) => e.day.startsWith(`${year}-`));
}

/** The entry added, replacing one of the same day (a day is a holiday or a make-up workday, not both). */
export function addEntry(entries: CalendarEntry[], entry: CalendarEntry): CalendarEntry[] {
  return [...entries.filter((e) => e.day !== entry.day), entry].sort((a, b) => a.day.localeCompare(b.day));
}

export function removeEntry(entries: CalendarEntry[], day: string): CalendarEntry[] {
  return entries.filter((e) => e.day !== day);
}
