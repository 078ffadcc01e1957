// Rolling-origin backtests and the forecast from an origin. Everything at a backtest origin is
// point in time: the models see load before it only, and the ensemble's weights, auto's choice
// and the intervals use the errors of earlier origins whose horizons had ended by then.
import type { FittedModelId, ModelChoice, ModelMetrics, ReportedModel } from '../api/forecastTypes.js';
import { combine, ensembleWeights, type Weights } from './ensemble.js';
import { band, fallbackQuantiles, quantilesFromErrors, relativeErrors, type Band } from './intervals.js';
import { errorHeatmap, modelMetrics, originError, type QuantileForecasts } from './metrics.js';
import { temperatureNormals } from './normals.js';
import type { FittedModel, Frame, ModelSpec } from './types.js';

export interface BacktestOptions {
  models: ModelSpec[];
  /** Step indices into the frame, ascending; each origin + horizon <= frame.loadEnd (only load known before the origin is used). */
  origins: number[];
  horizon: number; // steps
  /** Refit the costly models (ml) only every n origins (default 4); linear models refit at every origin. */
  refitEvery?: number;
  onProgress?: (fraction: number, message: string) => void; // may throw to cancel
}

export interface Backtest {
  origins: number[];
  horizon: number;
  /** forecasts.get(model)![k] = that model's forecast from origins[k]; includes 'ensemble'. */
  forecasts: Map<ReportedModel, Float64Array[]>;
  /** One per reported model incl. 'ensemble', then 'auto'. */
  metrics: ModelMetrics[];
  /** Ensemble weights from the errors of the last origins. */
  weights: Partial<Record<FittedModelId, number>>;
  /** What 'auto' picks now: lowest recent error among models and the ensemble. */
  best: ReportedModel;
  /**
   * What auto picked at each origin: the fitted model or ensemble with the lowest mean error over
   * the last RECENT_ORIGINS origins whose horizons had ended by then; the ensemble (equal weights
   * but for the naive floor) at the first origins, before any horizon had ended.
   */
  autoPicks: ReportedModel[];
  /** 7 weekdays x 24 hours of MAPE (day resolution: one column). */
  heatmap(model: ReportedModel): (number | null)[][];
}

export interface Forecast {
  chosen: ReportedModel;
  values: Float64Array;
  p10: Float64Array;
  p50: Float64Array;
  p90: Float64Array;
  models: Map<ReportedModel, Float64Array>;
  /** forecast minus the forecast at normal temperatures (per step; null without temperature). */
  temperatureEffect: Float64Array | null;
}

/** Origins whose errors weigh the ensemble and choose auto's model: the most recent ones. */
export const RECENT_ORIGINS = 8;
/** The models worth fitting only every few origins. */
const COSTLY = new Set<FittedModelId>(['ml']);
const DEFAULT_REFIT_EVERY = 4;

/** Whether a model can run on the frame from this origin (temperature, history). */
export function canRun(frame: Frame, model: ModelSpec, origin: number): boolean {
  return (!model.needsTemperature || frame.temperature !== null) && origin >= model.minHistoryDays * frame.stepsPerDay;
}

/** Indexes of the origins before k whose horizons had ended by origins[k], the last `limit` of them. */
function knownBefore(origins: readonly number[], horizon: number, k: number, limit: number): number[] {
  const known: number[] = [];
  for (let j = 0; j < k; j++) if (origins[j]! + horizon <= origins[k]!) known.push(j);
  return known.slice(-limit);
}

function meanError(errors: readonly (number | null)[], indexes: readonly number[]): number | null {
  let sum = 0;
  let n = 0;
  for (const j of indexes) {
    const e = errors[j];
    if (e === null || e === undefined) continue;
    sum += e;
    n++;
  }
  return n ? sum / n : null;
}

/** The reported model with the lowest mean error over `indexes`; the ensemble when none was measured. */
function pick(errors: ReadonlyMap<ReportedModel, (number | null)[]>, indexes: readonly number[]): ReportedModel {
  let best: ReportedModel = 'ensemble';
  let bestError = Infinity;
  for (const [model, list] of errors) {
    const e = meanError(list, indexes);
    if (e !== null && e < bestError) {
      bestError = e;
      best = model;
    }
  }
  return best;
}

function weightsAt(fitted: readonly FittedModelId[], errors: ReadonlyMap<ReportedModel, (number | null)[]>, indexes: readonly number[]): Weights {
  return ensembleWeights(new Map(fitted.map((m) => [m, meanError(errors.get(m)!, indexes)])));
}

export function rollingBacktest(frame: Frame, options: BacktestOptions): Backtest {
  const { origins, horizon } = options;
  const refitEvery = Math.max(1, options.refitEvery ?? DEFAULT_REFIT_EVERY);
  const report = options.onProgress ?? (() => {});
  for (let k = 0; k < origins.length; k++) {
    if ((k > 0 && origins[k]! <= origins[k - 1]!) || origins[k]! + horizon > frame.loadEnd) throw new RangeError('Backtest origins must ascend and each horizon must end within the known load');
  }
  const first = origins[0] ?? 0;
  // A model without the history it needs at the first origin is left out of the whole backtest.
  const models = options.models.filter((m) => canRun(frame, m, first));
  const fittedIds = models.map((m) => m.id);
  const forecasts = new Map<ReportedModel, Float64Array[]>();
  const units = models.length * origins.length;
  models.forEach((model, index) => {
    const list: Float64Array[] = [];
    let fitted: FittedModel | null = null;
    origins.forEach((origin, k) => {
      const done = index * origins.length + k;
      if (!fitted || !COSTLY.has(model.id) || k % refitEvery === 0) {
        const message = `Backtest: fitting ${model.id} at origin ${k + 1} of ${origins.length}`;
        fitted = model.fit(frame, origin, { maxHorizon: horizon, progress: (f) => report((done + 0.9 * f) / units, message) });
      }
      list.push(fitted.predict(frame, origin, horizon));
      report((done + 1) / units, `Backtest: ${model.id} forecast from origin ${k + 1} of ${origins.length}`);
    });
    forecasts.set(model.id, list);
  });

  const errors = new Map<ReportedModel, (number | null)[]>();
  for (const id of fittedIds) errors.set(id, forecasts.get(id)!.map((f, k) => originError(frame, origins[k]!, f)));
  const ensemble = origins.map((_, k) => {
    const weights = weightsAt(fittedIds, errors, knownBefore(origins, horizon, k, RECENT_ORIGINS));
    return combine(new Map(fittedIds.map((id) => [id, forecasts.get(id)![k]!])), weights, horizon);
  });
  forecasts.set('ensemble', ensemble);
  errors.set('ensemble', ensemble.map((f, k) => originError(frame, origins[k]!, f)));

  const autoPicks = origins.map((_, k) => pick(errors, knownBefore(origins, horizon, k, RECENT_ORIGINS)));
  const bands = new Map<ReportedModel, Band[]>();
  for (const [model, list] of forecasts) bands.set(model, pointInTimeBands(frame, origins, horizon, list));

  const metrics: ModelMetrics[] = [...forecasts].map(([model, list]) => modelMetrics(model, frame, origins, list, quantilesOf(bands.get(model)!)));
  const autoForecasts = autoPicks.map((m, k) => forecasts.get(m)![k]!);
  const autoBands = autoPicks.map((m, k) => bands.get(m)![k]!);
  metrics.push(modelMetrics('auto', frame, origins, autoForecasts, quantilesOf(autoBands)));

  // After the last origin every horizon has ended: the last origins all count.
  const recent = origins.map((_, j) => j).slice(-RECENT_ORIGINS);
  return {
    origins,
    horizon,
    forecasts,
    metrics,
    weights: weightsAt(fittedIds, errors, recent),
    best: pick(errors, recent),
    autoPicks,
    heatmap: (model) => errorHeatmap(frame, origins, forecasts.get(model) ?? []),
  };
}

/** Each origin's band from the model's errors at the origins whose horizons had ended (the fallback before any had). */
function pointInTimeBands(frame: Frame, origins: readonly number[], horizon: number, forecasts: readonly Float64Array[]): Band[] {
  const relative = forecasts.map((f, k) => relativeErrors(frame, origins[k]!, f));
  return forecasts.map((f, k) => {
    const earlier = knownBefore(origins, horizon, k, origins.length).map((j) => relative[j]!);
    return band(f, quantilesFromErrors(frame, earlier, horizon) ?? fallbackQuantiles(frame, origins[k]!, horizon));
  });
}

function quantilesOf(bands: readonly Band[]): QuantileForecasts {
  return { p10: bands.map((b) => b.p10), p50: bands.map((b) => b.p50), p90: bands.map((b) => b.p90) };
}

/**
 * Fit every model on load before `origin` and forecast `horizon` steps; the backtest (null: none
 * possible) gives the weights, auto's choice and the interval widths. Models that cannot run
 * (no temperature, too little history) are left out; a choice among them falls back to the
 * ensemble (Forecast.chosen says what was used).
 */
export function forecastFrom(
  frame: Frame,
  origin: number,
  horizon: number,
  models: ModelSpec[],
  choice: ModelChoice,
  backtest: Backtest | null,
  onProgress?: (fraction: number, message: string) => void,
): Forecast {
  const usable = models.filter((m) => canRun(frame, m, origin));
  if (usable.length === 0) throw new RangeError('No model can run on this history');
  const fitted = new Map<FittedModelId, FittedModel>();
  const outputs = new Map<FittedModelId, Float64Array>();
  usable.forEach((model, index) => {
    const message = `Fitting ${model.id}`;
    const f = model.fit(frame, origin, { maxHorizon: horizon, progress: (p) => onProgress?.((index + 0.9 * p) / usable.length, message) });
    fitted.set(model.id, f);
    outputs.set(model.id, f.predict(frame, origin, horizon));
    onProgress?.((index + 1) / usable.length, `Forecast by ${model.id}`);
  });
  const weights: Weights = backtest ? backtest.weights : ensembleWeights(new Map(usable.map((m) => [m.id, null])));
  const all = new Map<ReportedModel, Float64Array>(outputs);
  all.set('ensemble', combine(outputs, weights, horizon));

  const wanted: ReportedModel = choice === 'auto' ? (backtest?.best ?? 'ensemble') : choice;
  const chosen: ReportedModel = all.has(wanted) ? wanted : 'ensemble';
  const values = all.get(chosen)!;

  const errors = backtest?.forecasts.get(chosen)?.map((f, k) => relativeErrors(frame, backtest.origins[k]!, f)) ?? [];
  const quantiles = quantilesFromErrors(frame, errors, horizon) ?? fallbackQuantiles(frame, origin, horizon);
  const { p10, p50, p90 } = band(values, quantiles);

  return { chosen, values, p10, p50, p90, models: all, temperatureEffect: temperatureEffect(frame, origin, horizon, chosen, fitted, weights, values) };
}

/** The chosen forecast minus the same models' forecast with the horizon's temperatures set to normals. */
function temperatureEffect(
  frame: Frame,
  origin: number,
  horizon: number,
  chosen: ReportedModel,
  fitted: ReadonlyMap<FittedModelId, FittedModel>,
  weights: Weights,
  values: Float64Array,
): Float64Array | null {
  if (!frame.temperature) return null;
  const normals = temperatureNormals(frame, origin, origin, origin + horizon);
  if (!normals) return null;
  const temperature = new Float64Array(frame.temperature);
  temperature.set(normals, origin);
  const normalFrame: Frame = { ...frame, temperature };
  const predictAtNormals = (id: FittedModelId) => fitted.get(id)!.predict(normalFrame, origin, horizon);
  const atNormals =
    chosen === 'ensemble' ? combine(new Map([...fitted.keys()].map((id) => [id, predictAtNormals(id)])), weights, horizon) : predictAtNormals(chosen);
  return values.map((v, k) => v - atNormals[k]!);
}
