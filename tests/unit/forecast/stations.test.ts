// The station choice and the run's step arithmetic, without a workspace: the backtest is a
// stand-in whose error depends on the temperatures it is given.
import { describe, expect, it } from 'vitest';
import type { ModelMetrics } from '../../../engine/api/forecastTypes.js';
import type { Backtest } from '../../../engine/forecast/backtest.js';
import { horizonSteps, stepStamp } from '../../../engine/forecast/run.js';
import { chooseStation, type BacktestRunner } from '../../../engine/forecast/stations.js';
import type { Frame, ModelSpec } from '../../../engine/forecast/types.js';

const vanilla = { id: 'vanilla', needsTemperature: true, minHistoryDays: 28 } as ModelSpec;
const frame = { resolution: 'hour', stepsPerDay: 24, firstDay: 20250101, temperature: null } as unknown as Frame;

/** A backtest whose vanilla MAPE is the first temperature it is given (null for NaN). */
const byFirstTemperature: BacktestRunner = (f) => {
  const mape = f.temperature![0]!;
  return { metrics: [{ model: 'vanilla', mape: Number.isNaN(mape) ? null : mape } as ModelMetrics] } as Backtest;
};

const candidate = (station: string, mape: number) => ({ station, temperature: Float64Array.of(mape, 0) });

describe('chooseStation', () => {
  it('keeps the candidate with the lowest backtest MAPE and reports every one', () => {
    const seen: string[] = [];
    const choice = chooseStation(frame, [candidate('A', 5), candidate('B', 3.5), candidate('mean', 4)], vanilla, [24, 48], 24, byFirstTemperature, (_i, s) =>
      seen.push(s),
    );
    expect(choice!.used).toBe('B');
    expect(choice!.temperature[0]).toBe(3.5);
    expect(choice!.candidates).toEqual([
      { station: 'A', mape: 5 },
      { station: 'B', mape: 3.5 },
      { station: 'mean', mape: 4 },
    ]);
    expect(seen).toEqual(['A', 'B', 'mean']);
  });

  it('prefers a scored candidate to one whose MAPE is undefined', () => {
    const choice = chooseStation(frame, [candidate('A', Number.NaN), candidate('B', 9)], vanilla, [24], 24, byFirstTemperature, () => undefined);
    expect(choice!.used).toBe('B');
  });

  it('takes a single candidate, or the first when there is nothing to backtest over, unscored', () => {
    const fail: BacktestRunner = () => {
      throw new Error('no backtest expected');
    };
    expect(chooseStation(frame, [candidate('A', 1)], vanilla, [24], 24, fail, () => undefined)).toMatchObject({ used: 'A', candidates: [{ station: 'A', mape: null }] });
    expect(chooseStation(frame, [candidate('A', 1), candidate('B', 0)], vanilla, [], 24, fail, () => undefined)!.used).toBe('A');
    expect(chooseStation(frame, [], vanilla, [24], 24, fail, () => undefined)).toBeNull();
  });
});

describe('steps', () => {
  it('counts the horizon in steps of the resolution, a part day as a day', () => {
    expect(horizonSteps(24, 96)).toBe(96);
    expect(horizonSteps(7, 24)).toBe(7);
    expect(horizonSteps(24, 1)).toBe(1);
    expect(horizonSteps(25, 1)).toBe(2);
  });

  it('names the start of a step in local time, across days and a year end', () => {
    expect(stepStamp({ firstDay: 20251231, stepsPerDay: 96 }, 95)).toBe(202512312345);
    expect(stepStamp({ firstDay: 20251231, stepsPerDay: 96 }, 97)).toBe(202601010015);
    expect(stepStamp({ firstDay: 20240228, stepsPerDay: 24 }, 25)).toBe(202402290100);
    expect(stepStamp({ firstDay: 20240228, stepsPerDay: 1 }, 2)).toBe(202403010000);
  });
});
