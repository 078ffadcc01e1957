// Accuracy of forecasts made at backtest origins against the frame's actual load. Steps whose
// actual load was imputed (gaps, frozen meters, outliers) are not scored: they are not data.
import { dayTypes, type DayType, type ModelMetrics, type ReportedModel } from '../api/forecastTypes.js';
import type { Frame } from './types.js';

/** Quantile forecasts per origin, aligned with the point forecasts. */
export interface QuantileForecasts {
  p10: Float64Array[];
  p50: Float64Array[];
  p90: Float64Array[];
}

export function pinball(quantile: number, actual: number, predicted: number): number {
  const diff = actual - predicted;
  return diff >= 0 ? quantile * diff : (quantile - 1) * diff;
}

/** Mean absolute percentage error (a fraction) of one forecast from `origin`; null when no step can be scored. */
export function originError(frame: Frame, origin: number, forecast: Float64Array): number | null {
  let sum = 0;
  let n = 0;
  for (let k = 0; k < forecast.length; k++) {
    const t = origin + k;
    const actual = frame.load[t]!;
    if (frame.imputed[t] === 1 || actual === 0) continue;
    sum += Math.abs((actual - forecast[k]!) / actual);
    n++;
  }
  return n ? sum / n : null;
}

class PercentError {
  sum = 0;
  n = 0;
  undefinedSteps = 0;
  add(actual: number, predicted: number) {
    if (actual === 0) this.undefinedSteps++;
    else {
      this.sum += Math.abs((actual - predicted) / actual);
      this.n++;
    }
  }
  get value(): number | null {
    return this.n && !this.undefinedSteps ? (100 * this.sum) / this.n : null;
  }
}

/** The hour of day (0..23) of step t; daily values count as hour 0, the start of their interval. */
export function hourOfStep(frame: Frame, t: number): number {
  return Math.floor(((t % frame.stepsPerDay) * 24) / frame.stepsPerDay);
}

export function modelMetrics(
  model: ReportedModel | 'auto',
  frame: Frame,
  origins: readonly number[],
  forecasts: readonly Float64Array[],
  quantiles: QuantileForecasts | null,
): ModelMetrics {
  const all = new PercentError();
  const byHour = Array.from({ length: 24 }, () => new PercentError());
  const byType = new Map<DayType, PercentError>(dayTypes.map((d) => [d, new PercentError()]));
  let absolute = 0;
  let actualSum = 0;
  let squared = 0;
  let signed = 0;
  let loss = 0;
  let inside = 0;
  let n = 0;
  origins.forEach((origin, k) => {
    const forecast = forecasts[k]!;
    for (let j = 0; j < forecast.length; j++) {
      const t = origin + j;
      if (frame.imputed[t] === 1) continue;
      const actual = frame.load[t]!;
      const predicted = forecast[j]!;
      const error = predicted - actual;
      all.add(actual, predicted);
      byHour[hourOfStep(frame, t)]!.add(actual, predicted);
      byType.get(frame.days[Math.floor(t / frame.stepsPerDay)]!.type)!.add(actual, predicted);
      absolute += Math.abs(error);
      actualSum += Math.abs(actual);
      squared += error * error;
      signed += error;
      if (quantiles) {
        const p10 = quantiles.p10[k]![j]!;
        const p90 = quantiles.p90[k]![j]!;
        loss += (pinball(0.1, actual, p10) + pinball(0.5, actual, quantiles.p50[k]![j]!) + pinball(0.9, actual, p90)) / 3;
        if (actual >= p10 && actual <= p90) inside++;
      } else loss += pinball(0.5, actual, predicted);
      n++;
    }
  });
  const byDayType: Partial<Record<DayType, number | null>> = {};
  for (const [type, error] of byType) if (error.n || error.undefinedSteps) byDayType[type] = error.value;
  return {
    model,
    mape: all.value,
    wape: actualSum > 0 ? (100 * absolute) / actualSum : null,
    rmse: n ? Math.sqrt(squared / n) : 0,
    bias: n ? signed / n : 0,
    pinball: n ? loss / n : 0,
    coverage: quantiles && n ? inside / n : null,
    byHour: byHour.map((e) => e.value),
    byDayType,
    origins: origins.length,
  };
}

/** MAPE (percent) by weekday (rows, Monday first) and hour (24 columns; one at daily resolution). */
export function errorHeatmap(frame: Frame, origins: readonly number[], forecasts: readonly Float64Array[]): (number | null)[][] {
  const columns = frame.stepsPerDay === 1 ? 1 : 24;
  const cells = Array.from({ length: 7 }, () => Array.from({ length: columns }, () => new PercentError()));
  origins.forEach((origin, k) => {
    const forecast = forecasts[k]!;
    for (let j = 0; j < forecast.length; j++) {
      const t = origin + j;
      if (frame.imputed[t] === 1) continue;
      const day = frame.days[Math.floor(t / frame.stepsPerDay)]!;
      cells[day.weekday]![columns === 1 ? 0 : hourOfStep(frame, t)]!.add(frame.load[t]!, forecast[j]!);
    }
  });
  return cells.map((row) => row.map((e) => e.value));
}
