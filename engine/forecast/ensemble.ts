// The ensemble: a weighted mean of the fitted models, weights inversely proportional to the
// square of each model's recent backtest MAPE; a model more than CUTOFF times the best model's
// error gets no weight (averaging in a clearly worse model only drags the mean towards it).
import { fittedModels, type FittedModelId } from '../api/forecastTypes.js';

export const CUTOFF = 1.3;

export type Weights = Partial<Record<FittedModelId, number>>;

/**
 * Weights from each model's recent error (a fraction; null: not measured). With no errors at all
 * (no backtest, or its first origins) every model but the naive floor weighs the same.
 */
export function ensembleWeights(errors: ReadonlyMap<FittedModelId, number | null>): Weights {
  const measured = [...errors].filter((e): e is [FittedModelId, number] => e[1] !== null && Number.isFinite(e[1]));
  const weights: Weights = {};
  if (measured.length === 0) {
    const models = [...errors.keys()];
    const chosen = models.length > 1 ? models.filter((m) => m !== 'naive') : models;
    for (const m of chosen) weights[m] = 1 / chosen.length;
    return weights;
  }
  const best = Math.min(...measured.map(([, e]) => e));
  let total = 0;
  for (const [model, error] of measured) {
    if (error > CUTOFF * best) continue;
    // A perfect recent forecast (error 0) would take all the weight: floor the error.
    const w = 1 / Math.max(error, 1e-6) ** 2;
    weights[model] = w;
    total += w;
  }
  for (const m of fittedModels) if (weights[m] !== undefined) weights[m] = weights[m]! / total;
  return weights;
}

/** The weighted mean of the models' forecasts (models without a forecast are left out and the rest renormalised). */
export function combine(forecasts: ReadonlyMap<FittedModelId, Float64Array>, weights: Weights, horizon: number): Float64Array {
  const out = new Float64Array(horizon);
  let total = 0;
  for (const [model, forecast] of forecasts) {
    const w = weights[model] ?? 0;
    if (w <= 0) continue;
    total += w;
    for (let k = 0; k < horizon; k++) out[k] += w * forecast[k]!;
  }
  if (total > 0) for (let k = 0; k < horizon; k++) out[k] /= total;
  else {
    // Weights name no model that forecast: the plain mean.
    for (const forecast of forecasts.values()) for (let k = 0; k < horizon; k++) out[k] += forecast[k]! / forecasts.size;
  }
  return out;
}
