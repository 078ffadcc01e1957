// Load forecasting as it crosses the API. Timestamps are local wall-clock 'YYYY-MM-DDTHH:mm',
// each naming the START of its interval; days are 'YYYY-MM-DD'.
import type { ErrorPayload } from './errors.js';

export const resolutions = ['15min', 'hour', 'day'] as const;
export type Resolution = (typeof resolutions)[number];

/** The models that are fitted to a series. */
export const fittedModels = ['naive', 'vanilla', 'recency', 'ml'] as const;
export type FittedModelId = (typeof fittedModels)[number];

/** What a user may ask for: a fitted model, their error-weighted ensemble, or the better of the two chosen by backtest (auto). */
export const modelChoices = ['auto', 'naive', 'vanilla', 'recency', 'ml', 'ensemble'] as const;
export type ModelChoice = (typeof modelChoices)[number];
/** A series a run reports: every fitted model and the ensemble. */
export type ReportedModel = FittedModelId | 'ensemble';

export const scopeKinds = ['all', 'area', 'feeder', 'unit', 'category', 'industry', 'customer', 'meter'] as const;
export type ScopeKind = (typeof scopeKinds)[number];

/** Day types the calendar knows (the error table's rows). */
export const dayTypes = ['workday', 'weekend', 'holiday', 'makeup_workday', 'spring_festival'] as const;
export type DayType = (typeof dayTypes)[number];

export interface ForecastScopeOption {
  /** 'all', 'area:<id>', 'feeder:<id>', 'unit:<id>', 'category:<name>', 'industry:<code>', 'customer:<no>', 'meter:<id>' */
  selector: string;
  kind: ScopeKind;
  /** The display name (area name, customer name, category code...); the UI translates categories. */
  label: string;
  /** Meters in the scope, and of those the ones with interval (curve) data. */
  meters: number;
  intervalMeters: number;
}

export interface ForecastScopes {
  options: ForecastScopeOption[];
  /** Whether more options matched than were returned (narrow the search). */
  more: boolean;
}

/** First and last interval of load data the workspace holds, and its weather stations. */
export interface ForecastDataRange {
  firstStamp: string | null;
  lastStamp: string | null;
  stations: { station: string; firstDay: string; lastDay: string; observations: number }[];
}

export interface DataCheck {
  code:
    | 'short_history' // less history than the models need: says how much is needed
    | 'flat_line' // a run of identical values (frozen meter): treated as missing
    | 'gaps' // missing intervals: imputed and flagged
    | 'outliers' // values far from the series' own pattern: replaced and flagged
    | 'no_temperature' // no weather for the scope: temperature models left out
    | 'temperature_gaps' // missing temperatures: interpolated
    | 'partial_scope' // some meters of the scope have no interval data
    | 'fallback' // a model could not be fitted: another one was used instead
    | 'no_future_temperature'; // the horizon has no weather data: temperatures carried from similar days
  severity: 'info' | 'warning' | 'error';
  /** English, for logs and the CLI; the UI builds its own text from code and details. */
  message: string;
  details: Record<string, string | number | boolean | null>;
}

export interface ModelMetrics {
  /** 'auto': at each origin, the model that had the lowest error on the origins before it (point in time). */
  model: ReportedModel | 'auto';
  /** Percent (4.2 means 4.2%). null when the actual load has zeros that make it undefined. */
  mape: number | null;
  wape: number | null;
  rmse: number;
  /** Mean of forecast - actual, in the series' unit. */
  bias: number;
  /** Mean pinball loss over P10, P50, P90, in the series' unit. */
  pinball: number;
  /** Share of actual values inside [P10, P90] (the target is 0.8). null for models without intervals. */
  coverage: number | null;
  /** MAPE by hour of day (24 entries; null where no actual value) and by day type. */
  byHour: (number | null)[];
  byDayType: Partial<Record<DayType, number | null>>;
  /** Origins the metrics are computed over. */
  origins: number;
}

export interface ForecastPoint {
  ts: string;
  /** The value of the chosen model, after the analyst's override when one exists. */
  forecast: number;
  p10: number;
  p50: number;
  p90: number;
  /** Each reported model's own value. */
  models: Partial<Record<ReportedModel, number>>;
  /** Temperature the forecast assumed (°C; after a scenario's shift), null when none. */
  temperature: number | null;
  /** The part of the forecast due to temperature: forecast minus the forecast at normal temperatures for the time of year and day. */
  temperatureEffect: number | null;
  /** Actual load when the workspace already holds it (a forecast of the past). */
  actual: number | null;
  override: { value: number; reason: string; at: string; modelValue: number } | null;
}

export interface ForecastScenario {
  /** °C added to every temperature of the horizon. */
  shift: number | null;
  /** A temperature forecast file that replaced the workspace's temperatures. */
  file: string | null;
  /** The run this scenario varies. */
  baseRunId: number | null;
}

export interface ForecastRunInfo {
  /** null for a run that was not saved (CLI, backtests). */
  runId: number | null;
  name: string;
  createdAt: string;
  scope: string;
  scopeLabel: string;
  resolution: Resolution;
  start: string;
  horizonHours: number;
  /** kW (average load over each interval) for 15min and hour; kWh per day for day. */
  unit: 'kW' | 'kWh';
  model: ModelChoice;
  /** What auto picked, or the model asked for. */
  chosen: ReportedModel;
  /** The chosen model's backtest MAPE, percent. */
  mape: number | null;
  scenario: ForecastScenario | null;
  /** Set when the run was made by a batch forecast of many scopes. */
  batchId: string | null;
}

export interface ForecastRun extends ForecastRunInfo {
  /** Weights of the ensemble, by model. */
  weights: Partial<Record<FittedModelId, number>>;
  /** The station (or 'mean of all') whose temperatures the models used, and how each candidate backtested. */
  station: { used: string; candidates: { station: string; mape: number | null }[] } | null;
  checks: DataCheck[];
  metrics: ModelMetrics[];
  /** The chosen model's backtest MAPE by weekday (rows, Monday first) and hour (columns). */
  errorHeatmap: (number | null)[][];
  /** Load before the start, for the chart: values at the run's resolution from `from`. */
  history: { from: string; values: (number | null)[] };
  points: ForecastPoint[];
}

export interface CalendarEntry {
  day: string;
  type: 'holiday' | 'workday';
  /** The festival's name as the table gives it, e.g. 春节. */
  festival: string;
}

export interface HolidayCalendarInfo {
  /** 'builtin' until the workspace saves its own table. */
  source: 'builtin' | 'workspace';
  entries: CalendarEntry[];
}

export interface BatchForecastResult {
  batchId: string;
  /** `failed`: why a scope could not be forecast (English); `error`: the same by code, which the UI words. */
  runs: (ForecastRunInfo & { checks: number; failed: string | null; error?: ErrorPayload })[];
  workers: number;
  seconds: number;
}
