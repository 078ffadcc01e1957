import { describe, expect, it } from 'vitest';
import { ensembleWeights, combine } from '../../../engine/forecast/ensemble.js';
import { errorHeatmap, modelMetrics, originError, pinball } from '../../../engine/forecast/metrics.js';
import type { Frame } from '../../../engine/forecast/types.js';
import { syntheticFrame } from '../../helpers/forecastFrames.js';

/** Hourly frame of two days with the given load (Monday 2024-01-01 onwards), all workdays but no temperature. */
function frameOf(load: number[], imputed: number[] = []): Frame {
  const frame = syntheticFrame({ days: 2, firstDay: 20240101, withTemperature: false });
  const values = new Float64Array(frame.steps).fill(100);
  values.set(load);
  const flags = new Uint8Array(frame.steps);
  for (const t of imputed) flags[t] = 1;
  return { ...frame, load: values, imputed: flags };
}

describe('modelMetrics', () => {
  // Actual 100, 200, 400, 50 at steps 0..3; forecast 110, 180, 400, 60.
  // Errors (f - a): 10, -20, 0, 10. |e|/a: 0.1, 0.1, 0, 0.2.
  const frame = frameOf([100, 200, 400, 50]);
  const forecast = Float64Array.from([110, 180, 400, 60]);

  it('computes MAPE, WAPE, RMSE and bias by hand', () => {
    const m = modelMetrics('vanilla', frame, [0], [forecast], null);
    expect(m.mape).toBeCloseTo(10); // (0.1 + 0.1 + 0 + 0.2) / 4
    expect(m.wape).toBeCloseTo((40 / 750) * 100);
    expect(m.rmse).toBeCloseTo(Math.sqrt((100 + 400 + 0 + 100) / 4));
    expect(m.bias).toBeCloseTo(0);
    expect(m.coverage).toBeNull();
    expect(m.byHour.slice(0, 5)).toEqual([expect.closeTo(10, 9), expect.closeTo(10, 9), 0, expect.closeTo(20, 9), null]);
    expect(m.byDayType.workday).toBeCloseTo(10);
    expect(m.origins).toBe(1);
  });

  it('computes pinball loss and coverage of the band', () => {
    const p10 = Float64Array.from([90, 190, 380, 55]);
    const p50 = Float64Array.from([100, 200, 400, 60]);
    const p90 = Float64Array.from([120, 210, 390, 70]);
    const m = modelMetrics('ml', frame, [0], [forecast], { p10: [p10], p50: [p50], p90: [p90] });
    // Inside [p10, p90]: 100 yes, 200 yes, 400 no (above 390), 50 no (below 55).
    expect(m.coverage).toBe(0.5);
    const expected = [
      [100, 90, 100, 120],
      [200, 190, 200, 210],
      [400, 380, 400, 390],
      [50, 55, 60, 70],
    ].map(([a, l, mid, h]) => (pinball(0.1, a!, l!) + pinball(0.5, a!, mid!) + pinball(0.9, a!, h!)) / 3);
    expect(m.pinball).toBeCloseTo(expected.reduce((s, v) => s + v, 0) / 4);
    expect(pinball(0.9, 400, 390)).toBeCloseTo(9);
    expect(pinball(0.1, 50, 55)).toBeCloseTo(4.5);
  });

  it('skips imputed actuals and says MAPE is undefined over zeros', () => {
    const imputed = modelMetrics('naive', frameOf([100, 200, 400, 50], [3]), [0], [forecast], null);
    expect(imputed.mape).toBeCloseTo((0.1 + 0.1 + 0) / 3 * 100);
    const zeros = modelMetrics('naive', frameOf([100, 0, 400, 50]), [0], [forecast], null);
    expect(zeros.mape).toBeNull();
    expect(zeros.wape).not.toBeNull();
    expect(originError(frameOf([100, 0, 400, 50]), 0, forecast)).toBeCloseTo((0.1 + 0 + 0.2) / 3);
  });

  it('maps errors on weekday and hour', () => {
    const map = errorHeatmap(frame, [0], [forecast]);
    expect(map.length).toBe(7);
    expect(map[0]![3]).toBeCloseTo(20); // Monday 03:00
    expect(map[1]![0]).toBeNull();
  });
});

describe('ensemble', () => {
  it('weighs models by inverse squared error and drops those far worse than the best', () => {
    const w = ensembleWeights(new Map([['naive', 0.1], ['vanilla', 0.05], ['ml', 0.04], ['recency', null]] as const));
    expect(w.naive).toBeUndefined(); // 0.1 > 1.3 x 0.04
    expect(w.recency).toBeUndefined();
    expect(w.ml! / w.vanilla!).toBeCloseTo(0.05 ** 2 / 0.04 ** 2);
    expect(w.ml! + w.vanilla!).toBeCloseTo(1);
  });

  it('weighs all but the naive floor equally without errors', () => {
    expect(ensembleWeights(new Map([['naive', null], ['vanilla', null], ['ml', null]] as const))).toEqual({ vanilla: 0.5, ml: 0.5 });
  });

  it('combines forecasts with the weights', () => {
    const out = combine(new Map([['vanilla', Float64Array.from([10, 20])], ['ml', Float64Array.from([20, 40])]] as const), { vanilla: 0.75, ml: 0.25 }, 2);
    expect([...out]).toEqual([12.5, 25]);
  });
});
