// The shapes the forecast module's parts hand each other: the data layer builds a Frame,
// models fit on a prefix of it and predict the steps after an origin, the backtest rolls
// origins over it. Steps are regular; step 0 starts at 00:00 of `firstDay`.
import type { Day } from '../core/calendar.js';
import type { DataCheck, DayType, FittedModelId, Resolution } from '../api/forecastTypes.js';

export const STEPS_PER_DAY: Record<Resolution, number> = { '15min': 96, hour: 24, day: 1 };

/** What the calendar says of one day (engine/forecast/calendar.ts). */
export interface CalendarDay {
  day: Day;
  /** 0 = Monday ... 6 = Sunday */
  weekday: number;
  /** 1..12 */
  month: number;
  /** 0..365 */
  dayOfYear: number;
  type: DayType;
  /** A day off (weekend not worked, statutory holiday, Spring Festival period). */
  off: boolean;
  /** Days from the first day of this year's Spring Festival holiday block (negative before it); null outside -15..+20. */
  springFestivalOffset: number | null;
  /** 0..23: the solar term (节气) the day falls in, 0 = 小寒 (about 6 January). */
  solarTerm: number;
}

/**
 * One series ready for modelling. `load` covers steps [0, loadEnd): NaN never appears in it
 * (gaps were imputed and flagged by the checks). `temperature` covers [0, steps): history and
 * horizon; the horizon's values come from the workspace (ex post), a scenario's shift or file.
 */
export interface Frame {
  resolution: Resolution;
  stepsPerDay: number;
  firstDay: Day;
  /** Total steps the frame describes (history + horizon). */
  steps: number;
  /** Load (average kW for 15min/hour, kWh per day for day), length `loadEnd`. */
  load: Float64Array;
  loadEnd: number;
  /** 1 where the checks imputed load[i] (gap, flat line, outlier). */
  imputed: Uint8Array;
  /** °C per step, length `steps`; null when the scope has no temperature at all. */
  temperature: Float64Array | null;
  /** One entry per day covered by `steps`. */
  days: CalendarDay[];
}

/** Fits a model on the frame's steps before `origin`. */
export interface ModelSpec {
  id: FittedModelId;
  /** Whether the model needs temperature (left out when the frame has none). */
  needsTemperature: boolean;
  /** Days of history the model needs to be fitted at all. */
  minHistoryDays: number;
  fit(frame: Frame, origin: number, options: FitOptions): FittedModel;
}

export interface FitOptions {
  /** Called now and then with a fraction in [0, 1] of this fit; throw to cancel. */
  progress?: (fraction: number) => void;
  /** The longest horizon (steps) the fitted model will be asked for. */
  maxHorizon: number;
}

export interface FittedModel {
  /**
   * Point forecast for steps [origin, origin + horizon). It reads load only before `origin`
   * (which may be later than the fit's origin: a model fitted once serves several origins) and
   * temperature and calendar anywhere in the frame.
   */
  predict(frame: Frame, origin: number, horizon: number): Float64Array;
}

/** The data layer's answer for a scope: the frame plus what the checks found. */
export interface PreparedSeries {
  frame: Frame;
  checks: DataCheck[];
  unit: 'kW' | 'kWh';
  scopeLabel: string;
  /** The station or combination the temperature came from ('' when none). */
  station: string;
}
