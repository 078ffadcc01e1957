// The unsupervised robust score on synthetic outliers, the class-weighted logistic regression,
// the supervised model's point-in-time features, and the ranking.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../engine/core/calendar.js';
import { auc } from '../../../engine/theft/evaluation/metrics.js';
import { priority, ranks } from '../../../engine/theft/rank.js';
import { fitLogistic, predictLogistic } from '../../../engine/theft/score/logistic.js';
import { contributions, fitRobust, robustScore } from '../../../engine/theft/score/robust.js';
import { fitSupervised, trainingSet } from '../../../engine/theft/score/supervised.js';
import { indicatorCodes } from '../../../engine/theft/types.js';
import { evidenceOf, FIRST, noise, steady } from './scoreFixture.js';

const k = indicatorCodes.length;

describe('robust score', () => {
  it('puts injected outliers above 300 ordinary rows, and gives reasons on their indicators', () => {
    const rows = 305;
    const features = new Float64Array(rows * k);
    for (let r = 0; r < rows; r++) {
      for (let j = 0; j < k; j++) features[r * k + j] = Math.max(0, 0.05 + 0.03 * noise(r, j));
    }
    const ownDrop = indicatorCodes.indexOf('own_drop');
    const events = indicatorCodes.indexOf('meter_events');
    for (let r = 300; r < rows; r++) features[r * k + (r % 2 === 0 ? ownDrop : events)] = 0.8;
    // Not computed for a few rows (no curves): those count as no evidence, not as extreme.
    for (let r = 0; r < 50; r++) features[r * k + indicatorCodes.indexOf('flat_load')] = Number.NaN;
    const model = fitRobust(features, rows);
    const scores = Array.from({ length: rows }, (_, r) => robustScore(contributions(model, features.subarray(r * k, (r + 1) * k))));
    expect(auc(scores.map((score, r) => ({ score, positive: r >= 300 })))).toBe(1);
    for (const s of scores) expect(s >= 0 && s < 1).toBe(true);
    const top = contributions(model, features.subarray(300 * k, 301 * k));
    expect(top.indexOf(Math.max(...top))).toBe(ownDrop);
  });
});

describe('logistic regression with class weights', () => {
  it('separates rare positives and ranks them high', () => {
    const n = 400;
    const x = new Float64Array(n * 2);
    const y = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      y[i] = i % 20 === 0 ? 1 : 0; // 5% positives
      x[i * 2] = (y[i] ? 2 : 0) + noise(i, 1);
      x[i * 2 + 1] = noise(i, 2); // no signal
    }
    const model = fitLogistic(x, y, 2);
    expect(model.coefficients[1]).toBeGreaterThan(1);
    expect(Math.abs(model.coefficients[2]!)).toBeLessThan(model.coefficients[1]! / 2);
    const predicted = Array.from({ length: n }, (_, i) => predictLogistic(model, x.subarray(i * 2, i * 2 + 2)));
    expect(auc(predicted.map((score, i) => ({ score, positive: y[i] === 1 })))).toBeGreaterThan(0.9);
    // Class weights: a positive is not drowned by the majority (mean positive probability above one half).
    const meanPositive = predicted.filter((_, i) => y[i] === 1).reduce((s, p) => s + p, 0) / (n / 20);
    expect(meanPositive).toBeGreaterThan(0.5);
  });
});

describe('sign-constrained logistic regression and the supervised fit', () => {
  it('keeps a coefficient the labels push below 0 at 0', () => {
    const n = 200;
    const x = new Float64Array(n * 2);
    const y = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      y[i] = i % 10 === 0 ? 1 : 0;
      x[i * 2] = (y[i] ? 2 : 0) + noise(i, 3);
      x[i * 2 + 1] = (y[i] ? 0 : 1) + 0.2 * noise(i, 4); // higher on negatives
    }
    expect(fitLogistic(x, y, 2).coefficients[2]).toBeLessThan(-0.5);
    const constrained = fitLogistic(x, y, 2, { nonNegative: true });
    expect(constrained.coefficients[2]).toBe(0);
    expect(constrained.coefficients[1]).toBeGreaterThan(1);
  });

  it('an indicator no labelled thief showed gets the mean learnt weight, not none or a negative one', () => {
    const n = 120;
    const x = new Float64Array(n * k);
    const y = new Uint8Array(n);
    const own = indicatorCodes.indexOf('own_drop');
    const events = indicatorCodes.indexOf('meter_events');
    const zero = indicatorCodes.indexOf('zero_window');
    for (let i = 0; i < n; i++) {
      y[i] = i % 4 === 0 ? 1 : 0;
      x[i * k + own] = y[i] ? 4 + noise(i, 5) : Math.max(0, noise(i, 6));
      x[i * k + events] = y[i] && i % 8 === 0 ? 3 : 0;
    }
    x[1 * k + zero] = 8; // one cleared customer showed it, no thief did
    const { model } = fitSupervised({ x, y, units: [], days: [] });
    const c = model!.coefficients;
    expect(c[own + 1]).toBeGreaterThan(0);
    expect(c[zero + 1]).toBeCloseTo((c[own + 1]! + c[events + 1]!) / 2, 6);
  });
});

describe('supervised training set', () => {
  it("computes a labelled customer's features as of the inspection day, not after", () => {
    // Customer 0 drops on day 250 but was inspected (cleared) on day 200: as of then, no drop.
    // Customer 1 dropped on day 150 and was inspected (theft) on day 220.
    const units = [
      { daily: (i: number) => (i >= 250 ? 0.4 : 1) * steady(1, 10)(i) },
      { daily: (i: number) => (i >= 150 ? 0.4 : 1) * steady(2, 10)(i) },
      ...Array.from({ length: 10 }, (_, s) => ({ daily: steady(10 + s, 10) })),
    ];
    const labels = [
      { unit: 0, day: addDays(FIRST, 200), positive: false },
      { unit: 1, day: addDays(FIRST, 220), positive: true },
    ];
    const ev = evidenceOf(units, { labels });
    const model = fitRobust(new Float64Array(units.length * k), units.length);
    const set = trainingSet(ev, model);
    const own = indicatorCodes.indexOf('own_drop');
    expect(set.y).toEqual(Uint8Array.from([0, 1]));
    expect(set.x[own]).toBe(0); // the later drop does not leak into the cleared row
    expect(set.x[k + own]).toBeGreaterThan(1);
    // Too few labels of each class: no supervised model.
    expect(fitSupervised(set).model).toBeNull();
  });
});

describe('ranking', () => {
  it('orders by suspicion times a log factor of the money to recover', () => {
    const items = [
      { score: 0.9, lossKwh: 0, lossYuan: 0 }, // a flattened day: no energy lost
      { score: 0.3, lossKwh: 20_000, lossYuan: 12_000 }, // unlikely, large
      { score: 0.9, lossKwh: 2_000, lossYuan: 1_200 },
      { score: 0.05, lossKwh: 0, lossYuan: null },
    ];
    expect(Array.from(ranks(items))).toEqual([3, 2, 1, 4]);
    expect(priority(items[2]!)).toBeGreaterThan(priority(items[1]!));
    // Without a price the kWh stand in.
    expect(priority({ score: 0.5, lossKwh: 99, lossYuan: null })).toBeCloseTo(0.5 * 3, 6);
  });
});
