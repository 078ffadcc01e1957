import { describe, expect, it } from 'vitest';
import { Random } from '../../../engine/demo/random.js';
import { forecastFrom, rollingBacktest } from '../../../engine/forecast/backtest.js';
import { modelSpecs } from '../../../engine/forecast/models/index.js';
import { temperatureNormals } from '../../../engine/forecast/normals.js';
import type { Frame, ModelSpec } from '../../../engine/forecast/types.js';
import { syntheticFrame } from '../../helpers/forecastFrames.js';

/** Load = a known daily shape x (1 + N(0, 5%)); the oracle forecasts the shape itself. */
function noisyFrame(days: number): { frame: Frame; oracle: ModelSpec } {
  const frame = syntheticFrame({ days, seed: 1 });
  const random = new Random(99);
  const shape = (t: number) => 1000 * (1 + 0.3 * Math.sin((2 * Math.PI * (t % 24)) / 24));
  const load = new Float64Array(frame.steps);
  for (let t = 0; t < frame.steps; t++) load[t] = shape(t) * (1 + random.normal(0, 0.05));
  const oracle: ModelSpec = {
    id: 'vanilla',
    needsTemperature: false,
    minHistoryDays: 0,
    fit: () => ({ predict: (_f, origin, horizon) => Float64Array.from({ length: horizon }, (_, k) => shape(origin + k)) }),
  };
  return { frame: { ...frame, load }, oracle };
}

describe('intervals', () => {
  it('cover about 80% of synthetic noise once earlier origins give errors', () => {
    const { frame, oracle } = noisyFrame(120);
    const origins = Array.from({ length: 100 }, (_, k) => (10 + k) * 24);
    const backtest = rollingBacktest(frame, { models: [oracle], origins, horizon: 24 });
    const metrics = backtest.metrics.find((m) => m.model === 'vanilla')!;
    expect(metrics.coverage).toBeGreaterThan(0.76);
    expect(metrics.coverage).toBeLessThan(0.84);
    expect(metrics.mape).toBeCloseTo(0.05 * Math.sqrt(2 / Math.PI) * 100, 0);
  });

  it('widen with the noise, in a forecast from the backtest', () => {
    const { frame, oracle } = noisyFrame(60);
    const origins = Array.from({ length: 30 }, (_, k) => (20 + k) * 24);
    const backtest = rollingBacktest(frame, { models: [oracle], origins, horizon: 24 });
    const forecast = forecastFrom(frame, 55 * 24, 24, [oracle], 'vanilla', backtest);
    for (let k = 0; k < 24; k++) {
      const relativeWidth = (forecast.p90[k]! - forecast.p10[k]!) / forecast.values[k]!;
      expect(relativeWidth).toBeGreaterThan(0.1); // 2 x 1.28 x 5% = 12.8%
      expect(relativeWidth).toBeLessThan(0.16);
    }
  });
});

describe('rollingBacktest', () => {
  const frame = syntheticFrame({ days: 110, seed: 3 });
  const models = [modelSpecs.naive, modelSpecs.vanilla, modelSpecs.ml];
  const origins = Array.from({ length: 10 }, (_, k) => (60 + 4 * k) * 24);

  it('is point in time: adding later origins and data changes nothing at earlier origins', () => {
    const long = rollingBacktest(frame, { models, origins, horizon: 48, refitEvery: 3 });
    const shortFrame = { ...frame, load: frame.load.slice(0, origins[6]! + 48), loadEnd: origins[6]! + 48 };
    const short = rollingBacktest(shortFrame, { models, origins: origins.slice(0, 7), horizon: 48, refitEvery: 3 });
    for (const model of ['naive', 'vanilla', 'ml', 'ensemble'] as const) {
      for (let k = 0; k < 7; k++) expect([...short.forecasts.get(model)![k]!]).toEqual([...long.forecasts.get(model)![k]!]);
    }
    expect(short.autoPicks).toEqual(long.autoPicks.slice(0, 7));
  });

  it('reports every model, the ensemble and auto, with auto taken from the picks', () => {
    const backtest = rollingBacktest(frame, { models, origins, horizon: 48 });
    expect(backtest.metrics.map((m) => m.model)).toEqual(['naive', 'vanilla', 'ml', 'ensemble', 'auto']);
    expect(backtest.autoPicks[0]).toBe('ensemble'); // nothing measured yet
    expect(backtest.autoPicks).toHaveLength(origins.length);
    const weights = Object.values(backtest.weights).reduce((s, w) => s + w!, 0);
    expect(weights).toBeCloseTo(1);
    expect(backtest.heatmap('ml')).toHaveLength(7);
    expect(backtest.heatmap('ml')[0]).toHaveLength(24);
    for (const m of backtest.metrics) expect(m.coverage).not.toBeNull();
  });

  it('reports progress and stops when the callback throws', () => {
    const seen: number[] = [];
    rollingBacktest(frame, { models: [modelSpecs.naive], origins, horizon: 24, onProgress: (f) => seen.push(f) });
    expect(seen[seen.length - 1]).toBe(1);
    expect(() =>
      rollingBacktest(frame, {
        models,
        origins,
        horizon: 24,
        onProgress: (f) => {
          if (f > 0.2) throw new Error('cancelled');
        },
      }),
    ).toThrow('cancelled');
  });
});

describe('forecastFrom', () => {
  const frame = syntheticFrame({ days: 100, seed: 8 });
  const models = [modelSpecs.naive, modelSpecs.vanilla, modelSpecs.recency];

  it('forecasts every model with a band, choosing the ensemble without a backtest', () => {
    const forecast = forecastFrom(frame, 90 * 24, 72, models, 'auto', null);
    expect(forecast.chosen).toBe('ensemble');
    expect([...forecast.models.keys()]).toEqual(['naive', 'vanilla', 'recency', 'ensemble']);
    for (let k = 0; k < 72; k++) {
      expect(forecast.p10[k]).toBeLessThanOrEqual(forecast.p50[k]!);
      expect(forecast.p50[k]).toBeLessThanOrEqual(forecast.p90[k]!);
    }
  });

  it('measures the temperature effect against normal temperatures', () => {
    const hot = new Float64Array(frame.temperature!);
    for (let t = 90 * 24; t < 93 * 24; t++) hot[t] = 35;
    const hotFrame = { ...frame, temperature: hot };
    const vanilla = forecastFrom(hotFrame, 90 * 24, 72, models, 'vanilla', null);
    // 35 °C is far above April normals: the cooling load is positive.
    expect(vanilla.temperatureEffect!.every((e) => e > 0)).toBe(true);
    const naive = forecastFrom(hotFrame, 90 * 24, 72, models, 'naive', null);
    expect(naive.temperatureEffect!.every((e) => e === 0)).toBe(true);
    const noWeather = forecastFrom({ ...frame, temperature: null }, 90 * 24, 24, models, 'auto', null);
    expect(noWeather.temperatureEffect).toBeNull();
    expect([...noWeather.models.keys()]).toEqual(['naive', 'ensemble']);
  });
});

describe('temperatureNormals', () => {
  it('averages the same step of day within 15 days of the day of year across years', () => {
    const frame = syntheticFrame({ days: 800, firstDay: 20220101, seed: 2 });
    const t = 740 * 24 + 14; // 2024-01-11 14:00
    const [normal] = temperatureNormals(frame, 730 * 24, t, t + 1)!;
    let sum = 0;
    let n = 0;
    for (let d = 0; d < 730; d++) {
      const doy = frame.days[d]!.dayOfYear;
      if (Math.min(Math.abs(doy - 10), 365 - Math.abs(doy - 10)) <= 15) {
        sum += frame.temperature![d * 24 + 14]!;
        n++;
      }
    }
    expect(n).toBe(62);
    expect(normal).toBeCloseTo(sum / n, 9);
    expect(temperatureNormals(frame, 0, t, t + 1)).toBeNull();
  });
});
