// A small forecast run as forecast.get returns it.
import type { ForecastPoint, ForecastRun } from '../../../engine/api/forecastTypes.js';

export function point(ts: string, forecast: number, extra: Partial<ForecastPoint> = {}): ForecastPoint {
  return {
    ts,
    forecast,
    p10: forecast - 10,
    p50: forecast,
    p90: forecast + 10,
    models: { naive: forecast + 5, vanilla: forecast - 5 },
    temperature: 20,
    temperatureEffect: 3,
    actual: null,
    override: null,
    ...extra,
  };
}

export function run(extra: Partial<ForecastRun> = {}): ForecastRun {
  return {
    runId: 1,
    name: 'TQ0001 hourly',
    createdAt: '2024-04-01T08:00:00.000Z',
    scope: 'area:TQ0001',
    scopeLabel: '东区1号台区',
    resolution: 'hour',
    start: '2024-04-01T00:00',
    horizonHours: 3,
    unit: 'kW',
    model: 'auto',
    chosen: 'vanilla',
    mape: 4.2,
    scenario: null,
    batchId: null,
    weights: { naive: 0.3, vanilla: 0.7 },
    station: { used: 'S1', candidates: [{ station: 'S1', mape: 4.2 }] },
    checks: [],
    metrics: [],
    errorHeatmap: Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => null)),
    history: { from: '2024-03-31T22:00', values: [90, null] },
    points: [point('2024-04-01T00:00', 100, { actual: 98 }), point('2024-04-01T01:00', 110), point('2024-04-01T02:00', 120)],
    ...extra,
  };
}
