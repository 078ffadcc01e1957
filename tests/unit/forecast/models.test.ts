import { describe, expect, it } from 'vitest';
import { fittedModels, type Resolution } from '../../../engine/api/forecastTypes.js';
import { holidayCalendarFromEntries } from '../../../engine/core/holidays.js';
import { originError } from '../../../engine/forecast/metrics.js';
import { modelSpecs } from '../../../engine/forecast/models/index.js';
import { similarStep } from '../../../engine/forecast/models/naive.js';
import type { Frame } from '../../../engine/forecast/types.js';
import { syntheticFrame } from '../../helpers/forecastFrames.js';

function poisoned(frame: Frame, origin: number, value: number): Frame {
  const load = new Float64Array(frame.load);
  load.fill(value, origin);
  return { ...frame, load };
}

describe('every model reads load only before the origin', () => {
  const frame = syntheticFrame({ days: 84, seed: 11 });
  // Mid-morning origin: the day of the origin is partly known.
  const origin = 70 * 24 + 9;
  for (const id of fittedModels) {
    it(id, () => {
      const spec = modelSpecs[id];
      const clean = spec.fit(frame, origin, { maxHorizon: 168 }).predict(frame, origin, 168);
      expect(clean.every(Number.isFinite)).toBe(true);
      for (const poison of [NaN, 1e12]) {
        const bad = poisoned(frame, origin, poison);
        const again = spec.fit(bad, origin, { maxHorizon: 168 }).predict(bad, origin, 168);
        expect([...again]).toEqual([...clean]);
      }
    });
  }
});

describe('models at every resolution', () => {
  const cases: [Resolution, number, number][] = [
    ['15min', 70, 96 * 3],
    ['hour', 120, 336],
    ['day', 500, 14],
  ];
  for (const [resolution, days, horizon] of cases) {
    it(`${resolution}: every model beats a 15% error on a regular series`, () => {
      const frame = syntheticFrame({ days, resolution, seed: 5 });
      const origin = (days - Math.ceil(horizon / frame.stepsPerDay) - 1) * frame.stepsPerDay;
      for (const id of fittedModels) {
        const forecast = modelSpecs[id].fit(frame, origin, { maxHorizon: horizon }).predict(frame, origin, horizon);
        expect(forecast.length).toBe(horizon);
        expect(originError(frame, origin, forecast), id).toBeLessThan(0.15);
      }
    });
  }

  it('vanilla and recency forecast a month never seen in training (no dummy effect, still solvable)', () => {
    const frame = syntheticFrame({ days: 75, firstDay: 20230101, seed: 9 }); // January to mid-March
    const origin = 59 * 24; // 1 March: March never seen
    for (const id of ['vanilla', 'recency'] as const) {
      const forecast = modelSpecs[id].fit(frame, origin, { maxHorizon: 168 }).predict(frame, origin, 168);
      expect(forecast.every(Number.isFinite)).toBe(true);
      expect(originError(frame, origin, forecast), id).toBeLessThan(0.2);
    }
  });

  it('ml runs without temperature', () => {
    const frame = syntheticFrame({ days: 60, seed: 4, withTemperature: false });
    const forecast = modelSpecs.ml.fit(frame, 50 * 24, { maxHorizon: 48 }).predict(frame, 50 * 24, 48);
    expect(originError(frame, 50 * 24, forecast)).toBeLessThan(0.15);
  });

  it('refitting a linear model at a later origin equals fitting it afresh there', () => {
    const frame = syntheticFrame({ days: 90, seed: 2 });
    const spec = modelSpecs.recency;
    spec.fit(frame, 60 * 24, { maxHorizon: 24 });
    const grown = spec.fit(frame, 80 * 24, { maxHorizon: 24 }).predict(frame, 80 * 24, 24);
    const fresh = spec.fit({ ...frame }, 80 * 24, { maxHorizon: 24 }).predict(frame, 80 * 24, 24);
    for (let k = 0; k < 24; k++) expect(grown[k]).toBeCloseTo(fresh[k]!, 6);
  });
});

describe('naive similar day', () => {
  // 2023-05-01 (Monday) is a holiday; 2023-05-06 (Saturday) a 调休 workday.
  const holidays = holidayCalendarFromEntries([
    { day: 20230501, type: 'holiday', festival: '劳动节' },
    { day: 20230506, type: 'workday', festival: '劳动节' },
  ]);
  const frame = syntheticFrame({ days: 30, firstDay: 20230417, holidays });
  const dayIndex = (day: number) => frame.days.findIndex((d) => d.day === day);
  const origin = dayIndex(20230503) * 24; // Wednesday 00:00

  it('takes the last working day for a working day, including a 调休 Saturday', () => {
    expect(similarStep(frame, origin, dayIndex(20230504) * 24 + 10)).toBe(dayIndex(20230502) * 24 + 10);
    expect(similarStep(frame, origin, dayIndex(20230506) * 24 + 10)).toBe(dayIndex(20230502) * 24 + 10);
  });

  it('takes the last day off of the same weekday for a weekend day, the last day off for a holiday', () => {
    expect(similarStep(frame, origin, dayIndex(20230507) * 24 + 3)).toBe(dayIndex(20230430) * 24 + 3);
    expect(similarStep(frame, dayIndex(20230430) * 24, dayIndex(20230501) * 24 + 3)).toBe(dayIndex(20230429) * 24 + 3);
  });

  it('never reaches at or after the origin', () => {
    const midDay = origin + 15;
    for (let t = midDay; t < midDay + 72; t++) expect(similarStep(frame, midDay, t)).toBeLessThan(midDay);
  });
});
