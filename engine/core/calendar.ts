// Calendar values as the workspace stores them: integers that read as dates.
//   Day   yyyymmdd      20240301
//   Month yyyymm        202403
//   Stamp yyyymmddHHMM  202403011545   (local wall-clock time; utility data has no zones)
// Arithmetic goes through epoch days (days since 1970-01-01, proleptic Gregorian, UTC-free).

export type Day = number;
export type Month = number;
export type Stamp = number;

const MS_PER_DAY = 86_400_000;

export function dayFromParts(year: number, month: number, dayOfMonth: number): Day {
  return year * 10_000 + month * 100 + dayOfMonth;
}

export function isValidDate(year: number, month: number, dayOfMonth: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return false;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || dayOfMonth < 1) return false;
  return dayOfMonth <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function dayToEpoch(day: Day): number {
  const y = Math.floor(day / 10_000);
  const m = Math.floor(day / 100) % 100;
  const d = day % 100;
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function epochToDay(epochDay: number): Day {
  const date = new Date(epochDay * MS_PER_DAY);
  return dayFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(day: Day, n: number): Day {
  return epochToDay(dayToEpoch(day) + n);
}

export function daysBetween(from: Day, to: Day): number {
  return dayToEpoch(to) - dayToEpoch(from);
}

/** 0 = Monday ... 6 = Sunday (the Chinese working week). */
export function weekday(day: Day): number {
  return (dayToEpoch(day) + 3) % 7; // 1970-01-01 was a Thursday
}

export function monthOf(day: Day): Month {
  return Math.floor(day / 100);
}

export function dayOfMonth(day: Day): number {
  return day % 100;
}

export function firstDayOf(month: Month): Day {
  return month * 100 + 1;
}

export function lastDayOf(month: Month): Day {
  return month * 100 + daysInMonth(Math.floor(month / 100), month % 100);
}

export function addMonths(month: Month, n: number): Month {
  const index = Math.floor(month / 100) * 12 + (month % 100) - 1 + n;
  return Math.floor(index / 12) * 100 + (index % 12) + 1;
}

export function monthsBetween(from: Month, to: Month): number {
  return (Math.floor(to / 100) - Math.floor(from / 100)) * 12 + (to % 100) - (from % 100);
}

export function stampFromParts(day: Day, hour: number, minute: number): Stamp {
  return day * 10_000 + hour * 100 + minute;
}

export function stampDay(stamp: Stamp): Day {
  return Math.floor(stamp / 10_000);
}

/** Minutes since midnight. */
export function stampMinuteOfDay(stamp: Stamp): number {
  const hhmm = stamp % 10_000;
  return Math.floor(hhmm / 100) * 60 + (hhmm % 100);
}

export function addMinutes(stamp: Stamp, minutes: number): Stamp {
  const total = stampMinuteOfDay(stamp) + minutes;
  const dayShift = Math.floor(total / 1440);
  const minuteOfDay = total - dayShift * 1440;
  return stampFromParts(addDays(stampDay(stamp), dayShift), Math.floor(minuteOfDay / 60), minuteOfDay % 60);
}

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;

/** 20240301 -> '2024-03-01' */
export function formatDay(day: Day): string {
  return `${Math.floor(day / 10_000)}-${pad2(Math.floor(day / 100) % 100)}-${pad2(day % 100)}`;
}

/** 202403 -> '2024-03' */
export function formatMonth(month: Month): string {
  return `${Math.floor(month / 100)}-${pad2(month % 100)}`;
}

/** 202403011545 -> '2024-03-01T15:45' */
export function formatStamp(stamp: Stamp): string {
  const hhmm = stamp % 10_000;
  return `${formatDay(stampDay(stamp))}T${pad2(Math.floor(hhmm / 100))}:${pad2(hhmm % 100)}`;
}

/** '2024-03-01' -> 20240301; throws on anything else (API inputs are validated before). */
export function parseIsoDay(text: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m || !isValidDate(+m[1]!, +m[2]!, +m[3]!)) throw new RangeError(`Not a date: ${text}`);
  return dayFromParts(+m[1]!, +m[2]!, +m[3]!);
}

/** '2024-03' -> 202403 */
export function parseIsoMonth(text: string): Month {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m || +m[2]! < 1 || +m[2]! > 12) throw new RangeError(`Not a month: ${text}`);
  return +m[1]! * 100 + +m[2]!;
}

/** Today's date on this machine, as a Day. */
export function today(): Day {
  const now = new Date();
  return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function nowIso(): string {
  return new Date().toISOString();
}
