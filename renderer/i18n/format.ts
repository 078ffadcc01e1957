// Numbers, money, energy, dates and durations as each language writes them.
// Chinese reports count large amounts in 万 (10^4) and 亿 (10^8), which Intl's compact
// notation does for zh-CN; English gets K/M/B.
import type { Language } from '../../engine/api/types.js';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.NumberFormat(language, options)));
  return format;
}

const DASH = '—';

export function formatInteger(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return numberFormat(language, { maximumFractionDigits: 0 }).format(value);
}

export function formatDecimal(value: number | null | undefined, language: Language, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return numberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** Large amounts shortened: 1.23万 / 4.5亿 in Chinese, 12.3K / 4.5M in English; small ones in full. */
export function formatCompact(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  if (Math.abs(value) < 10_000) return numberFormat(language, { maximumFractionDigits: Math.abs(value) < 10 ? 2 : 0 }).format(value);
  return numberFormat(language, { notation: 'compact', maximumSignificantDigits: 4 }).format(value);
}

/** An amount and the unit written after it, apart, for a layout that sets the unit smaller. */
export interface Quantity {
  value: string;
  unit?: string;
}

export function kwhQuantity(value: number | null | undefined, language: Language): Quantity {
  return value === null || value === undefined ? { value: DASH } : { value: formatCompact(value, language), unit: 'kWh' };
}

/** Yuan: 2.5万 元 in Chinese (the unit after), ¥25K in English (the sign is part of the amount). */
export function yuanQuantity(value: number | null | undefined, language: Language): Quantity {
  if (value === null || value === undefined) return { value: DASH };
  return language === 'zh-CN' ? { value: formatCompact(value, language), unit: '元' } : { value: `¥${formatCompact(value, language)}` };
}

const joined = ({ value, unit }: Quantity) => (unit ? `${value} ${unit}` : value);

export function formatKwh(value: number | null | undefined, language: Language): string {
  return joined(kwhQuantity(value, language));
}

export function formatYuan(value: number | null | undefined, language: Language): string {
  return joined(yuanQuantity(value, language));
}

/** A share (0.0315) as a percentage (3.2%). */
export function formatPercent(value: number | null | undefined, language: Language, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return numberFormat(language, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A change as a signed percentage (+4.2%). */
export function formatChange(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return numberFormat(language, { style: 'percent', signDisplay: 'exceptZero', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

export function formatBytes(bytes: number, language: Language): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${numberFormat(language, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/** 'YYYY-MM-DD' as a calendar date, without any time-zone shift. */
export function formatDay(iso: string | null | undefined, language: Language): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return DASH;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * 'YYYY-MM-DD' in its shortest unambiguous form, the same in both languages: 2025-12-31 (for
 * narrow places such as a KPI card, where 2025年12月31日 or Dec 31, 2025 do not fit).
 */
export function formatDayShort(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : DASH;
}

/** 'YYYY-MM' as 2024年3月 / Mar 2024. */
export function formatMonth(iso: string | null | undefined, language: Language): string {
  const m = iso ? /^(\d{4})-(\d{2})/.exec(iso) : null;
  if (!m) return DASH;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, 1));
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
}

/** An instant (ISO with zone, e.g. a job's start) in the user's local time. */
export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return DASH;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return DASH;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Seconds as a short duration: 1 h 5 min, 3 min 20 s, 45 s (小时/分/秒 in Chinese). */
export function formatDuration(seconds: number | null | undefined, language: Language): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return DASH;
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const [hu, mu, su] = language === 'zh-CN' ? ['小时', '分', '秒'] : [' h', ' min', ' s'];
  const join = language === 'zh-CN' ? '' : ' ';
  if (h > 0) return `${h}${hu}${join}${m}${mu}`;
  if (m > 0) return `${m}${mu}${join}${s}${su}`;
  return `${s}${su}`;
}
