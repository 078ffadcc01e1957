// Words for the forecast's codes (models, scope kinds, day types, data checks) and its times
// and values as each language writes them. Pure functions of t and the language.
import type { TFunction } from 'i18next';
import type { DataCheck, ForecastRunInfo, ModelChoice, ReportedModel, ScopeKind } from '../../../engine/api/forecastTypes.js';
import type { Language } from '../../../engine/api/types.js';
import { formatDecimal, formatInteger, formatPercent } from '../../i18n/format.js';
import { weekdayOf } from './stamps.js';

export function modelLabel(t: TFunction, model: ModelChoice | ReportedModel): string {
  return t(`forecast.models.${model}`);
}

/** The kind of scope a selector names ('area:A1' → area). */
export function scopeKindOf(selector: string): ScopeKind {
  return (selector === 'all' ? 'all' : selector.slice(0, selector.indexOf(':'))) as ScopeKind;
}

export function scopeKindLabel(t: TFunction, kind: ScopeKind): string {
  return t(`forecast.scopeKinds.${kind}`);
}

/** The unit of a run's values: kW (average load of each interval) or kWh per day. */
export function unitLabel(t: TFunction, unit: ForecastRunInfo['unit']): string {
  return unit === 'kW' ? 'kW' : t('forecast.kwhPerDay');
}

/** A run's horizon: 48 h, or 7 days when it is whole days. */
export function horizonText(t: TFunction, hours: number, language: Language): string {
  return hours % 24 === 0 && hours >= 48
    ? t('forecast.horizonDays', { count: hours / 24, formatted: formatInteger(hours / 24, language) })
    : t('forecast.horizonHours', { count: hours, formatted: formatInteger(hours, language) });
}

/** '2024-03-01T15:00' as 2024-03-01 15:00, with the weekday where asked (周五 / Fri). */
export function formatStamp(stamp: string, language: Language, withWeekday = false): string {
  const text = stamp.replace('T', ' ');
  if (!withWeekday) return text;
  const day = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + weekdayOf(stamp))));
  return `${text} ${day}`;
}

/** A short axis label: 03-01 15:00, or 03-01 for daily values. */
export function axisStamp(stamp: string, daily: boolean): string {
  return daily ? stamp.slice(5, 10) : `${stamp.slice(5, 10)} ${stamp.slice(11, 16)}`;
}

/** A value of the run's series, with its unit. */
export function formatLoad(value: number | null | undefined, unit: ForecastRunInfo['unit'], t: TFunction, language: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${formatDecimal(value, language, digits)} ${unitLabel(t, unit)}`;
}

/** +2.0 / −1.5: a temperature shift with its sign. */
export function signed(value: number, language: Language): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatDecimal(Math.abs(value), language, 1)}`;
}

/** MAPE and WAPE arrive in percent (4.2 = 4.2%). */
export function formatPercentValue(value: number | null | undefined, language: Language): string {
  return value === null || value === undefined ? '—' : formatPercent(value / 100, language, 1);
}

/** Hours as a duration: 36 h, or 2.5 days from 48 h on (小时 / 天 in Chinese). */
export function hoursText(t: TFunction, hours: number, language: Language): string {
  return hours >= 48
    ? t('forecast.durationDays', { value: formatDecimal(hours / 24, language, 1) })
    : t('forecast.durationHours', { value: formatDecimal(hours, language, hours % 1 === 0 ? 0 : 2) });
}

/** The engine's name for the mean of every station with enough coverage (engine/forecast/temperature.ts). */
const MEAN_OF_STATIONS = 'mean';

/** A weather station by its id; the mean of all stations in words. */
export function stationName(t: TFunction, station: string): string {
  return station === MEAN_OF_STATIONS ? t('forecast.metrics.meanOfAll') : station;
}

const MODELS: string[] = ['auto', 'naive', 'vanilla', 'recency', 'ml', 'ensemble'];
const isModel = (value: unknown): value is ModelChoice => typeof value === 'string' && MODELS.includes(value);

/**
 * Detail values as a check's words take them: counts in the language's digits, shares as
 * percentages, durations in hours or days, models by name (a list 'vanilla,recency' too).
 */
function checkValues(t: TFunction, details: DataCheck['details'], language: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(details)) {
    if (value === null) out[key] = '—';
    else if (typeof value === 'boolean') out[key] = String(value);
    else if (typeof value === 'number') {
      // A share too small for one decimal is said to be so, rather than 0.0%.
      if (key === 'share') out[key] = value > 0 && value < 0.0005 ? `<${formatPercent(0.001, language, 1)}` : formatPercent(value, language, 1);
      else if (/Hours$/.test(key)) out[key] = hoursText(t, value, language);
      else out[key] = Number.isInteger(value) ? formatInteger(value, language) : formatDecimal(value, language, 1);
    } else if (key === 'station') out[key] = stationName(t, value);
    else if (key === 'models') {
      const list = value.split(',').filter(Boolean).map((m) => (isModel(m) ? modelLabel(t, m) : m));
      out[key] = new Intl.ListFormat(language, { type: 'conjunction' }).format(list);
    } else if (isModel(value)) out[key] = modelLabel(t, value);
    else out[key] = value.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/, '$1 $2');
  }
  return out;
}

/**
 * Which words a check takes: a code can report different findings, told apart by its details
 * (engine/forecast/checks.ts and run.ts: the history too short for some models or for the
 * backtest's origins; a model left out for want of history or of temperatures, or replaced).
 */
export function checkKey(check: Pick<DataCheck, 'code' | 'details'>): string {
  const d = check.details;
  switch (check.code) {
    case 'short_history':
      if (typeof d.origins === 'number') return d.origins === 0 ? 'short_history_no_origins' : 'short_history_origins';
      return 'short_history';
    case 'no_temperature':
      return typeof d.station === 'string' ? 'no_temperature_station' : 'no_temperature';
    case 'no_future_temperature':
      return d.file === true ? 'no_future_temperature_file' : 'no_future_temperature';
    case 'fallback':
      if (d.instead !== undefined) return 'fallback_instead';
      if (typeof d.historyDays === 'number' && typeof d.neededDays === 'number') {
        if (d.historyDays < d.neededDays) return 'fallback_history';
        // Enough history for the naive model, reported as a fallback: none of those asked could run.
        if (d.model === 'naive') return 'fallback_naive';
        if (d.temperature === false) return 'fallback_temperature';
      }
      return 'fallback';
    default:
      return check.code;
  }
}

/**
 * A data check in the user's language, from its code and details (the engine's message is
 * English, for logs and the command line). A code this build does not know keeps that message.
 */
export function checkText(t: TFunction, check: Pick<DataCheck, 'code' | 'message' | 'details'>, language: Language): string {
  return t(`forecast.checkCodes.${checkKey(check) as 'gaps'}`, { ...checkValues(t, check.details, language), defaultValue: check.message });
}
