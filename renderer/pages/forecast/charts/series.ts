// A run's values laid on one time axis: the history before the start, then the forecast's
// intervals, with a compared run's forecast placed by timestamp. Pure, so that the charts and
// their tests read the same arrays.
import type { ForecastRun, ReportedModel } from '../../../../engine/api/forecastTypes.js';
import { stampsFrom } from '../stamps.js';

export interface RunAxis {
  stamps: string[];
  /** Index of the first forecast interval (the history's length). */
  start: number;
  /** Load known: the history, then the actual load of forecast intervals where the workspace has it. */
  actual: (number | null)[];
  forecast: (number | null)[];
  p10: (number | null)[];
  p50: (number | null)[];
  p90: (number | null)[];
  /** Each reported model's line over the forecast intervals. */
  models: { model: ReportedModel; values: (number | null)[] }[];
  /** The analyst's value where an override was set, else null. */
  overrides: (number | null)[];
  temperature: (number | null)[];
  /** The compared run's forecast at the same times (null where it has none). */
  compared: (number | null)[] | null;
}

const REPORTED: ReportedModel[] = ['naive', 'vanilla', 'recency', 'ml', 'ensemble'];

export function runAxis(run: ForecastRun, compare: ForecastRun | null = null): RunAxis {
  const history = stampsFrom(run.history.from, run.history.values.length, run.resolution);
  const start = history.length;
  const stamps = [...history, ...run.points.map((p) => p.ts)];
  const before = (): null[] => history.map(() => null);
  const pointValues = (pick: (p: ForecastRun['points'][number]) => number | null) => [...before(), ...run.points.map(pick)];
  const reported = REPORTED.filter((model) => run.points.some((p) => p.models[model] !== undefined));
  let compared: (number | null)[] | null = null;
  if (compare) {
    const byStamp = new Map(compare.points.map((p) => [p.ts, p.forecast]));
    compared = stamps.map((stamp) => byStamp.get(stamp) ?? null);
  }
  return {
    stamps,
    start,
    actual: [...run.history.values, ...run.points.map((p) => p.actual)],
    forecast: pointValues((p) => p.forecast),
    p10: pointValues((p) => p.p10),
    p50: pointValues((p) => p.p50),
    p90: pointValues((p) => p.p90),
    models: reported.map((model) => ({ model, values: pointValues((p) => p.models[model] ?? null) })),
    overrides: pointValues((p) => (p.override ? p.override.value : null)),
    temperature: pointValues((p) => p.temperature),
    compared,
  };
}

/** Hours one interval of the run lasts: kW over it gives kWh. */
export function intervalHours(run: Pick<ForecastRun, 'resolution'>): number {
  return run.resolution === '15min' ? 0.25 : run.resolution === 'hour' ? 1 : 24;
}

export interface ScenarioResponse {
  /** The highest forecast of each run, in the run's unit. */
  basePeak: number;
  scenarioPeak: number;
  /** Energy over the horizon (kWh), and the scenario's change of it. */
  baseEnergy: number;
  energyChange: number;
  /** The mean change of temperature the scenario assumed (°C), null without temperatures. */
  temperatureChange: number | null;
  /** Scenario minus base at each interval of the base run. */
  difference: (number | null)[];
}

/**
 * A point's forecast before the analyst's override. A scenario answers what temperature does to
 * the load, so it compares the models' values: an override (an outage, a shutdown) is no part of it.
 */
export function modelForecast(point: ForecastRun['points'][number]): number {
  return point.override ? point.override.modelValue : point.forecast;
}

/** How the load answers a scenario: peaks, energy and the difference interval by interval, of the models' values. */
export function scenarioResponse(base: ForecastRun, scenario: ForecastRun): ScenarioResponse {
  const byStamp = new Map(scenario.points.map((p) => [p.ts, p]));
  // kWh per day values are energies already; kW values are averages over their interval.
  const hours = base.unit === 'kW' ? intervalHours(base) : 1;
  let baseEnergy = 0;
  let energyChange = 0;
  let tempSum = 0;
  let tempCount = 0;
  const difference = base.points.map((p) => {
    const other = byStamp.get(p.ts);
    const value = modelForecast(p);
    baseEnergy += value * hours;
    if (!other) return null;
    const change = modelForecast(other) - value;
    energyChange += change * hours;
    if (p.temperature !== null && other.temperature !== null) {
      tempSum += other.temperature - p.temperature;
      tempCount += 1;
    }
    return change;
  });
  const peak = (run: ForecastRun) => run.points.reduce((max, p) => Math.max(max, modelForecast(p)), Number.NEGATIVE_INFINITY);
  return {
    basePeak: peak(base),
    scenarioPeak: peak(scenario),
    baseEnergy,
    energyChange,
    temperatureChange: tempCount > 0 ? tempSum / tempCount : null,
    difference,
  };
}
