// Quantile forecasts (P10, P50, P90) from a model's own backtest errors: the relative errors
// (actual - forecast) / forecast of earlier origins, grouped by lead time (one group per day
// ahead; per week ahead at daily resolution), give each step's band as forecast · (1 + q).
// Without usable backtest errors (no backtest, or the first origins of one) the band is the
// spread of the week-on-week change of load over the four weeks before the origin: what a
// seasonal-naive forecast would have missed by, a deliberately cautious stand-in.
import { quantile } from './math/quantile.js';
import type { Frame } from './types.js';

/** Fewest errors a lead group needs to stand on its own; thinner groups use all leads pooled. */
const MIN_GROUP = 30;
const FALLBACK_WEEKS = 4;

export interface RelativeQuantiles {
  /** Per lead (step of the horizon): quantiles of the relative error. */
  q10: Float64Array;
  q50: Float64Array;
  q90: Float64Array;
}

export interface Band {
  p10: Float64Array;
  p50: Float64Array;
  p90: Float64Array;
}

/** Relative errors of a forecast made at `origin`, per lead; NaN where the step cannot be scored. */
export function relativeErrors(frame: Frame, origin: number, forecast: Float64Array): Float64Array {
  const out = new Float64Array(forecast.length);
  for (let k = 0; k < forecast.length; k++) {
    const t = origin + k;
    const f = forecast[k]!;
    out[k] = frame.imputed[t] === 1 || !(f > 0) || t >= frame.loadEnd ? NaN : (frame.load[t]! - f) / f;
  }
  return out;
}

function leadGroup(frame: Frame, lead: number): number {
  return frame.stepsPerDay === 1 ? Math.floor(lead / 7) : Math.floor(lead / frame.stepsPerDay);
}

/** Quantiles per lead of `horizon` steps from the relative errors of earlier forecasts (each per lead). */
export function quantilesFromErrors(frame: Frame, errors: readonly Float64Array[], horizon: number): RelativeQuantiles | null {
  const groups = new Map<number, number[]>();
  const pooled: number[] = [];
  for (const e of errors) {
    for (let k = 0; k < e.length; k++) {
      if (Number.isNaN(e[k]!)) continue;
      const g = leadGroup(frame, k);
      let list = groups.get(g);
      if (!list) groups.set(g, (list = []));
      list.push(e[k]!);
      pooled.push(e[k]!);
    }
  }
  if (pooled.length < MIN_GROUP) return null;
  const pooledQ = [quantile(pooled, 0.1), quantile(pooled, 0.5), quantile(pooled, 0.9)] as const;
  const byGroup = new Map<number, readonly [number, number, number]>();
  const out: RelativeQuantiles = { q10: new Float64Array(horizon), q50: new Float64Array(horizon), q90: new Float64Array(horizon) };
  // Leads beyond those the errors cover take the furthest group that stood on its own.
  let furthest: readonly [number, number, number] = pooledQ;
  for (let k = 0; k < horizon; k++) {
    const g = leadGroup(frame, k);
    let q = byGroup.get(g);
    if (!q) {
      const list = groups.get(g);
      if (list && list.length >= MIN_GROUP) furthest = q = [quantile(list, 0.1), quantile(list, 0.5), quantile(list, 0.9)];
      else q = groups.has(g) || k === 0 ? pooledQ : furthest;
      byGroup.set(g, q);
    }
    out.q10[k] = q[0];
    out.q50[k] = q[1];
    out.q90[k] = q[2];
  }
  return out;
}

/** The fallback: quantiles of load[t] / load[t - 1 week] - 1 over the four weeks before the origin, for every lead. */
export function fallbackQuantiles(frame: Frame, origin: number, horizon: number): RelativeQuantiles {
  const week = 7 * frame.stepsPerDay;
  const changes: number[] = [];
  for (let t = Math.max(week, origin - FALLBACK_WEEKS * week); t < Math.min(origin, frame.loadEnd); t++) {
    const before = frame.load[t - week]!;
    if (before > 0 && frame.imputed[t] !== 1 && frame.imputed[t - week] !== 1) changes.push(frame.load[t]! / before - 1);
  }
  // Under a week of clean history there is no change to measure: say ±10%.
  const [q10, q50, q90] = changes.length ? [quantile(changes, 0.1), quantile(changes, 0.5), quantile(changes, 0.9)] : [-0.1, 0, 0.1];
  return { q10: new Float64Array(horizon).fill(q10), q50: new Float64Array(horizon).fill(q50), q90: new Float64Array(horizon).fill(q90) };
}

export function band(forecast: Float64Array, q: RelativeQuantiles): Band {
  const n = forecast.length;
  const out: Band = { p10: new Float64Array(n), p50: new Float64Array(n), p90: new Float64Array(n) };
  for (let k = 0; k < n; k++) {
    const f = forecast[k]!;
    out.p10[k] = f * (1 + q.q10[k]!);
    out.p50[k] = f * (1 + q.q50[k]!);
    out.p90[k] = f * (1 + q.q90[k]!);
  }
  return out;
}
