// Numbers and dates in the pack as the UI writes them in each language (renderer/i18n/format.ts,
// which the engine cannot import): 2025年3月1日 / Mar 1, 2025, 1,234.5, 12.3%.
import type { Language } from '../api/types.js';

const DASH = '—';

const finite = (value: number | null | undefined): value is number => value !== null && value !== undefined && Number.isFinite(value);

export function formatInteger(value: number | null | undefined, language: Language): string {
  return finite(value) ? new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value) : DASH;
}

export function formatDecimal(value: number | null | undefined, language: Language, digits = 1): string {
  return finite(value) ? new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value) : DASH;
}

/** A share (0.0315) as a percentage (3.2%). */
export function formatPercent(value: number | null | undefined, language: Language, digits = 1): string {
  return finite(value) ? new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value) : DASH;
}

/** 'YYYY-MM-DD' (or the day of an ISO time) as the language writes a date. */
export function formatDay(iso: string | null | undefined, language: Language): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return DASH;
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)));
}

/** 'YYYY-MM' as 2024年3月 / Mar 2024. */
export function formatMonth(iso: string | null | undefined, language: Language): string {
  const m = iso ? /^(\d{4})-(\d{2})/.exec(iso) : null;
  if (!m) return DASH;
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(+m[1]!, +m[2]! - 1, 1)));
}

/** An ISO instant in the computer's time zone, to the minute. */
export function formatDateTime(iso: string | null | undefined, language: Language): string {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return DASH;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
