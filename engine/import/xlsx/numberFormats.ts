// Which number formats show dates, and date cells as text. A worksheet stores a date as a
// serial number of days; only its cell style's number format says it is a date. Such cells
// become 'YYYY-MM-DD' (or 'YYYY-MM-DD HH:mm:ss' with a time, 'HH:mm:ss' for a time alone).
// Excel stores wall-clock time with no zone, so serials are read as UTC and formatted with UTC
// getters.

const MS_PER_DAY = 86_400_000;
/** 1899-12-30, day 0 of Excel's serial dates (1900 system, after its leap-year bug). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EPOCH_1904_OFFSET_DAYS = 1462;
/** The largest time value a Date holds. */
const MAX_DATE_MS = 8.64e15;

/**
 * Built-in formats (no numFmt element in styles.xml) that show dates or times: 14-22, 45
 * (mm:ss) and 47 (mmss.0), and the East Asian locales' 27-36 and 50-58 (in a Chinese Excel
 * 27 is yyyy"年"m"月", 31 yyyy"年"m"月"d"日", 32 h"时"mm"分"...). 46 ([h]:mm:ss) is an
 * elapsed time, a duration rather than a date, and stays a number like custom [h]:mm.
 */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a cell style's number format shows dates: its custom code if it has one, else the built-in id. */
export function isDateFormatId(numFmtId: number, customFormats: ReadonlyMap<number, string>): boolean {
  const code = customFormats.get(numFmtId);
  return code === undefined ? BUILT_IN_DATE_FORMATS.has(numFmtId) : isDateFormatCode(code);
}

/**
 * A format code shows a date or time when it has y, m, d, h or s outside quoted text ("年"),
 * brackets ([Red], [$-804], [DBNum1]) and escaped characters (\\m, and the character after _ or
 * *). An elapsed-time bracket ([h], [mm], [ss]) makes it a duration: a number.
 */
export function isDateFormatCode(code: string): boolean {
  let hasDateToken = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      i = end < 0 ? code.length : end;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      i++;
    } else if (ch === '[') {
      const end = code.indexOf(']', i + 1);
      if (/^(?:h+|m+|s+)$/i.test(code.slice(i + 1, end < 0 ? code.length : end))) return false;
      i = end < 0 ? code.length : end;
    } else if (/[ymdhs]/i.test(ch)) {
      hasDateToken = true;
    }
  }
  return hasDateToken;
}

/** A date-styled serial number as text; the number itself when no date can hold it. */
export function serialDateText(serial: number, date1904: boolean): string | number {
  const ms = EXCEL_EPOCH_MS + Math.round((serial + (date1904 ? EPOCH_1904_OFFSET_DAYS : 0)) * MS_PER_DAY);
  return Math.abs(ms) <= MAX_DATE_MS ? formatDate(ms, date1904) : serial;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A cell of type d holds an ISO 8601 date: the same text as a date-styled serial, or the text as it is. */
export function isoDateText(text: string, date1904: boolean): string {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return text;
  const [, year, month, day, hours, minutes, seconds, fraction] = match;
  const ms = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hours ?? 0),
    Number(minutes ?? 0),
    Number(seconds ?? 0),
    Math.round(Number(fraction ?? 0) * 1000),
  );
  return Number.isNaN(ms) ? text : formatDate(ms, date1904);
}

const pad = (n: number) => (n < 10 ? '0' : '') + n;

function formatDate(time: number, date1904: boolean): string {
  // To the nearest second: serial fractions land a few ms off (0:15 reads 00:14:59.999).
  const ms = Math.round(time / 1000) * 1000;
  const rounded = new Date(ms);
  const clock = `${pad(rounded.getUTCHours())}:${pad(rounded.getUTCMinutes())}:${pad(rounded.getUTCSeconds())}`;
  // A time without a date is stored as a fraction of day 0.
  const dayZero = EXCEL_EPOCH_MS + (date1904 ? EPOCH_1904_OFFSET_DAYS * MS_PER_DAY : 0);
  if (ms >= dayZero && ms < dayZero + MS_PER_DAY) return clock;
  const day = `${rounded.getUTCFullYear()}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`;
  return clock === '00:00:00' ? day : `${day} ${clock}`;
}
