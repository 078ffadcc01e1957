// Data checks and repairs before fitting (engine/forecast/checks.ts) on synthetic hourly load:
// gaps imputed and flagged, frozen meters, outliers against the time of week (but not on
// holidays), and the history each model needs.
import { describe, expect, it } from 'vitest';
import type { DataCheck, DayType } from '../../../engine/api/forecastTypes.js';
import { fittedModels } from '../../../engine/api/forecastTypes.js';
import { HISTORY_NEEDED_DAYS, checkAndRepair, historyCheck } from '../../../engine/forecast/checks.js';
import { modelSpecs } from '../../../engine/forecast/models/index.js';

const WEEKS = 10;
const HOURS = WEEKS * 7 * 24;

/** Hourly load with a day shape, lower weekends and a slow trend: every value different. */
function truth(i: number): number {
  const hour = i % 24;
  const weekday = Math.floor(i / 24) % 7;
  return (100 + 40 * Math.sin((Math.PI * (hour - 6)) / 12)) * (weekday >= 5 ? 0.8 : 1) + i * 0.001;
}

function series(): Float64Array {
  return Float64Array.from({ length: HOURS }, (_, i) => truth(i));
}

const check = (checks: DataCheck[], code: DataCheck['code']) => checks.find((c) => c.code === code);
const flagged = (imputed: Uint8Array) => [...imputed.keys()].filter((i) => imputed[i] === 1);
const range = (from: number, length: number) => Array.from({ length }, (_, k) => from + k);

describe('a clean series', () => {
  it('passes unchanged with no checks', () => {
    const load = series();
    const result = checkAndRepair(load, 24, { resolution: 'hour' });
    expect(result.checks).toEqual([]);
    expect(flagged(result.imputed)).toEqual([]);
    expect(Array.from(result.load)).toEqual(Array.from(load));
  });
});

describe('gaps', () => {
  it('interpolates a short gap, fills a long one from the weeks around it, and flags both', () => {
    const load = series();
    load.fill(Number.NaN, 500, 501); // one hour
    load.fill(Number.NaN, 800, 830); // 30 hours
    const result = checkAndRepair(load, 24, { resolution: 'hour' });
    expect(flagged(result.imputed)).toEqual([500, ...range(800, 30)]);
    expect(Number.isNaN(load[500])).toBe(true); // the input is left as it was
    expect(result.load[500]).toBeCloseTo((truth(499) + truth(501)) / 2, 9);
    // Same hour a week before and after: the truth up to the trend, which is linear.
    for (let i = 800; i < 830; i++) expect(result.load[i]).toBeCloseTo(truth(i), 6);
    expect(check(result.checks, 'gaps')).toMatchObject({ details: { steps: 31, gaps: 2, longestSteps: 30, longestHours: 30, longestStart: 800 } });
  });

  it('fills a gap at the end of the history from the week before', () => {
    const load = series();
    load.fill(Number.NaN, HOURS - 10);
    const result = checkAndRepair(load, 24, { resolution: 'hour' });
    for (let i = HOURS - 10; i < HOURS; i++) expect(result.load[i]).toBeCloseTo(truth(i - 168), 9);
    expect(result.load.every((v) => Number.isFinite(v))).toBe(true);
  });

  it('calls many missing days a warning', () => {
    const load = series();
    load.fill(Number.NaN, 24 * 7, 24 * 16);
    const gaps = check(checkAndRepair(load, 24, { resolution: 'hour' }).checks, 'gaps');
    expect(gaps).toMatchObject({ severity: 'warning', details: { longestSteps: 9 * 24 } });
  });
});

describe('flat lines', () => {
  it('treats a value repeated for more than a day as missing and imputes it', () => {
    const load = series();
    load.fill(123.4, 1000, 1030);
    const result = checkAndRepair(load, 24, { resolution: 'hour' });
    expect(check(result.checks, 'flat_line')).toMatchObject({ severity: 'warning', details: { runs: 1, steps: 30, longestStart: 1000, value: 123.4 } });
    expect(flagged(result.imputed)).toEqual(range(1000, 30));
    for (let i = 1000; i < 1030; i++) expect(result.load[i]).toBeCloseTo(truth(i), 6);
  });

  it('leaves a repeat of up to a day, and a run of zeros (an outage), alone as flat lines', () => {
    const load = series();
    load.fill(77, 1000, 1024);
    load.fill(0, 1200, 1204);
    const result = checkAndRepair(load, 24, { resolution: 'hour' });
    expect(check(result.checks, 'flat_line')).toBeUndefined();
    expect(result.load[1010]).toBe(77);
  });

  it('needs more than a week at day resolution', () => {
    const daily = Float64Array.from({ length: 120 }, (_, d) => 2400 + (d % 7) * 10 + d);
    daily.fill(5000, 30, 37);
    expect(check(checkAndRepair(daily, 1, { resolution: 'day' }).checks, 'flat_line')).toBeUndefined();
    daily.fill(5000, 30, 38);
    expect(check(checkAndRepair(daily, 1, { resolution: 'day' }).checks, 'flat_line')).toMatchObject({ details: { steps: 8 } });
  });
});

describe('outliers', () => {
  it('replaces a spike and a drop far from the same hour of the week', () => {
    const load = series();
    load[900] = truth(900) * 10;
    load[1300] = truth(1300) * 0.1;
    const result = checkAndRepair(load, 24, { resolution: 'hour' });
    expect(check(result.checks, 'outliers')).toMatchObject({ details: { steps: 2, first: 900 } });
    expect(flagged(result.imputed)).toEqual([900, 1300]);
    // A single step is interpolated between its neighbours.
    expect(result.load[900]).toBeCloseTo((truth(899) + truth(901)) / 2, 9);
    expect(result.load[1300]).toBeCloseTo((truth(1299) + truth(1301)) / 2, 9);
  });

  it('keeps a holiday low when the calendar says it is one, and flags the same day when it does not', () => {
    const load = series();
    const holiday = 30; // a Wednesday at 40% of its usual load
    for (let h = 0; h < 24; h++) load[holiday * 24 + h] = truth(holiday * 24 + h) * 0.4;
    const ordinary = checkAndRepair(load, 24, { resolution: 'hour' });
    expect(check(ordinary.checks, 'outliers')?.details.steps).toBeGreaterThanOrEqual(20);

    const dayTypes: DayType[] = Array.from({ length: WEEKS * 7 }, (_, d) => (d === holiday ? 'holiday' : d % 7 >= 5 ? 'weekend' : 'workday'));
    const known = checkAndRepair(load, 24, { resolution: 'hour', dayTypes });
    expect(check(known.checks, 'outliers')).toBeUndefined();
    expect(known.load[holiday * 24 + 12]).toBeCloseTo(truth(holiday * 24 + 12) * 0.4, 9);
  });

  it('leaves the ups and downs of weather alone', () => {
    const load = series();
    for (let i = 24 * 35; i < 24 * 40; i++) load[i] = load[i]! * 1.3; // a hot spell
    expect(check(checkAndRepair(load, 24, { resolution: 'hour' }).checks, 'outliers')).toBeUndefined();
  });
});

describe('history needed', () => {
  const needed = HISTORY_NEEDED_DAYS;
  const most = Math.max(...Object.values(needed));

  it("is each model's own", () => {
    for (const id of fittedModels) expect(needed[id]).toBe(modelSpecs[id].minHistoryDays);
    expect(needed.naive).toBeLessThan(most);
  });

  it('says which models a short history leaves out and how much they need', () => {
    const have = most - 1;
    const c = historyCheck(have + 0.5);
    const short = fittedModels.filter((m) => needed[m] > have);
    expect(c).toMatchObject({ code: 'short_history', severity: 'warning', details: { haveDays: have, neededDays: most, models: short.join(',') } });
    expect(c!.message).toContain(`${have} days`);
    expect(historyCheck(most)).toBeNull();
  });

  it('is an error below what even the naive model needs', () => {
    expect(historyCheck(needed.naive - 1)).toMatchObject({ severity: 'error', details: { models: fittedModels.join(',') } });
  });
});
