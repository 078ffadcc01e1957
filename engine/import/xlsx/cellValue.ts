// exceljs cell values reduced to what a RowView serves: a number, or text. Dates become
// 'YYYY-MM-DD' (or 'YYYY-MM-DD HH:mm:ss' with a time, 'HH:mm:ss' for a time alone). Excel
// stores wall-clock time with no zone, and exceljs builds Dates as if it were UTC, so they are
// formatted with UTC getters.
import type { CellValue } from 'exceljs';

export type CellContent = number | string | null;

const MS_PER_DAY = 86_400_000;
/** 1899-12-30, day 0 of Excel's serial dates (1900 system, after its leap-year bug). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EPOCH_1904_OFFSET_DAYS = 1462;

export function cellContent(value: CellValue, numFmt: string | undefined, date1904: boolean): CellContent {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDate(value, date1904);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    // exceljs turns plain date cells into Dates but leaves formula results as serial numbers.
    if (typeof result === 'number' && isDateFormat(numFmt)) return formatDate(serialToDate(result, date1904), date1904);
    return result === undefined ? null : cellContent(result as CellValue, numFmt, date1904);
  }
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellContent(value.text as CellValue, numFmt, date1904);
  return null;
}

/** A number format shows a date or time when it has y, m, d, h or s outside quotes and brackets. */
function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhsb]/i.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(EXCEL_EPOCH_MS + Math.round((serial + (date1904 ? EPOCH_1904_OFFSET_DAYS : 0)) * MS_PER_DAY));
}

const pad = (n: number) => (n < 10 ? '0' : '') + n;

function formatDate(date: Date, date1904: boolean): string {
  // To the nearest second: serial fractions land a few ms off (0:15 reads 00:14:59.999).
  const ms = Math.round(date.getTime() / 1000) * 1000;
  const rounded = new Date(ms);
  const time = `${pad(rounded.getUTCHours())}:${pad(rounded.getUTCMinutes())}:${pad(rounded.getUTCSeconds())}`;
  // A time without a date is stored as a fraction of day 0.
  const dayZero = EXCEL_EPOCH_MS + (date1904 ? EPOCH_1904_OFFSET_DAYS * MS_PER_DAY : 0);
  if (ms >= dayZero && ms < dayZero + MS_PER_DAY) return time;
  const day = `${rounded.getUTCFullYear()}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`;
  return time === '00:00:00' ? day : `${day} ${time}`;
}
