import { describe, expect, it } from 'vitest';
import { Random, streamFor } from '../../../engine/demo/random.js';
import { attackTypes, type AttackType } from '../../../engine/demo/theft.js';
import { attackCase, attackDay, pickVictims } from '../../../engine/theft/evaluation/inject.js';
import { auc, precisionAtK, topCount, type Scored } from '../../../engine/theft/evaluation/metrics.js';
import { tamperedReadings } from '../../../engine/theft/evaluation/registers.js';

const scored = (scores: number[], labels: number[]): Scored[] => scores.map((score, i) => ({ score, positive: labels[i] === 1 }));

describe('AUC', () => {
  it('is 1 for a perfect ranking, 0 for a reversed one and 0.5 when every score ties', () => {
    expect(auc(scored([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0]))).toBe(1);
    expect(auc(scored([0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0]))).toBe(0);
    expect(auc(scored([3, 3, 3, 3, 3], [1, 0, 1, 0, 0]))).toBe(0.5);
  });

  it('counts a tie between a positive and a negative as one half', () => {
    // Pairs (p, n): (5,4) win, (5,2) win, (4,4) tie, (4,2) win -> 3.5 of 4.
    expect(auc(scored([5, 4, 4, 2], [1, 1, 0, 0]))).toBe(0.875);
    // Brute force over every pair on a tie-heavy sample.
    const rng = new Random(5);
    const items = Array.from({ length: 200 }, () => ({ score: rng.int(0, 6), positive: rng.chance(0.3) }));
    let wins = 0;
    let pairs = 0;
    for (const p of items.filter((x) => x.positive))
      for (const n of items.filter((x) => !x.positive)) {
        pairs++;
        wins += p.score > n.score ? 1 : p.score === n.score ? 0.5 : 0;
      }
    expect(auc(items)).toBeCloseTo(wins / pairs, 12);
  });

  it('refuses a sample without both classes', () => {
    expect(() => auc(scored([1, 2], [1, 1]))).toThrow(RangeError);
    expect(() => auc(scored([1, 2], [0, 0]))).toThrow(RangeError);
  });
});

describe('precision at k', () => {
  it('is the share of positives among the k highest scores', () => {
    const items = scored([9, 8, 7, 6, 5, 4], [1, 0, 1, 1, 0, 0]);
    expect(precisionAtK(items, 1)).toBe(1);
    expect(precisionAtK(items, 2)).toBe(0.5);
    expect(precisionAtK(items, 4)).toBe(0.75);
    expect(precisionAtK(items, 100)).toBe(0.5); // k beyond the list: the whole list
  });

  it('gives a group tied at the cut its expected share', () => {
    // Top 3: the 9 (positive), then two of the three 5s, one of which in three is positive.
    const items = scored([9, 5, 5, 5, 1], [1, 1, 0, 0, 1]);
    expect(precisionAtK(items, 3)).toBeCloseTo((1 + (1 * 2) / 3) / 3, 12);
    // The order the tied items arrive in does not matter.
    expect(precisionAtK(scored([5, 1, 5, 9, 5], [0, 1, 0, 1, 1]), 3)).toBeCloseTo((1 + 2 / 3) / 3, 12);
  });

  it('takes at least one of a small list as its top 5 %', () => {
    expect(topCount(50, 0.05)).toBe(3);
    expect(topCount(10, 0.05)).toBe(1);
    expect(topCount(4_200, 0.05)).toBe(210);
    expect(() => precisionAtK(scored([1], [1]), 0)).toThrow(RangeError);
  });
});

/** A day's curve: night load, a daytime hump, at the given resolution. */
function dayCurve(points: number): Float32Array {
  return Float32Array.from({ length: points }, (_, q) => 1 + Math.max(0, Math.sin(((q / points) * 24 - 6) * (Math.PI / 12))) * 3);
}

const energy = (kw: Float32Array) => kw.reduce((s, v) => s + (Number.isNaN(v) ? 0 : v), 0);

function attacked(attack: AttackType, points: number, seed = 1) {
  const rng = streamFor(seed, 'evaluation', attack);
  const theft = attackCase(rng, attack, 0, 10, 20, points);
  return { theft, ...attackDay(rng, theft, dayCurve(points)) };
}

describe('attack injection', () => {
  for (const points of [96, 48]) {
    it(`shapes each attack on a ${points}-point day as Jokar et al. describe`, () => {
      const truth = dayCurve(points);
      const total = energy(truth);

      const h1 = attacked('h1', points);
      expect(h1.theft.factor).toBeGreaterThanOrEqual(0.2);
      expect(h1.theft.factor).toBeLessThan(0.7);
      h1.reported.forEach((v, q) => expect(v).toBeCloseTo(truth[q]! * h1.theft.factor, 5));
      expect(h1.energyShare).toBeCloseTo(h1.theft.factor, 5);

      const h2 = attacked('h2', points);
      const zeros = [...h2.reported.keys()].filter((q) => h2.reported[q] === 0);
      expect(zeros.length).toBe(h2.theft.window);
      expect(zeros.at(-1)! - zeros[0]! + 1).toBe(zeros.length); // one window
      expect(h2.theft.window).toBeGreaterThanOrEqual((4 * points) / 24);
      expect(h2.theft.window).toBeLessThanOrEqual((10 * points) / 24);
      h2.reported.forEach((v, q) => expect(v === 0 || v === truth[q]).toBe(true));

      const h3 = attacked('h3', points);
      const ratios = [...h3.reported].map((v, q) => v / truth[q]!);
      expect(Math.min(...ratios)).toBeGreaterThanOrEqual(0.1 - 1e-6);
      expect(Math.max(...ratios)).toBeLessThan(0.8 + 1e-6);
      expect(new Set(ratios.map((r) => r.toFixed(4))).size).toBeGreaterThan(points / 2); // a factor per interval

      const h4 = attacked('h4', points);
      const mean = total / points;
      for (const v of h4.reported) expect(v / mean).toBeGreaterThanOrEqual(0.1 - 1e-6);
      for (const v of h4.reported) expect(v / mean).toBeLessThan(0.8 + 1e-6);

      const h5 = attacked('h5', points);
      for (const v of h5.reported) expect(v).toBeCloseTo(mean, 5);
      expect(h5.energyShare).toBeCloseTo(1, 6);

      const h6 = attacked('h6', points);
      h6.reported.forEach((v, q) => expect(v).toBe(truth[points - 1 - q]));
      expect(h6.energyShare).toBeCloseTo(1, 6);

      for (const a of ['h2', 'h3', 'h4'] as const) {
        const day = attacked(a, points);
        expect(day.energyShare).toBeCloseTo(energy(day.reported) / total, 5);
        expect(day.energyShare).toBeLessThan(1);
      }
    });
  }

  it('is the same for the same seed and differs for another', () => {
    for (const attack of attackTypes) {
      expect(attacked(attack, 96, 7).reported).toEqual(attacked(attack, 96, 7).reported);
      if (attack !== 'h5' && attack !== 'h6') expect(attacked(attack, 96, 7).reported).not.toEqual(attacked(attack, 96, 8).reported);
    }
    const victims = (seed: number) => pickVictims(streamFor(seed, 'victims'), 50);
    expect(victims(3)).toEqual(victims(3));
    expect(victims(3)).not.toEqual(victims(4));
    expect(victims(3)).toHaveLength(5);
    expect(new Set(victims(3)).size).toBe(5);
  });

  it('keeps a missing point missing and attacks the day as if it had been read', () => {
    const stored = dayCurve(96);
    stored.fill(Number.NaN, 40, 48);
    const theft = attackCase(streamFor(1, 'gap'), 'h5', 0, 0, 1, 96);
    const day = attackDay(streamFor(1, 'gap'), theft, stored);
    expect(day.reported.slice(40, 48).every(Number.isNaN)).toBe(true);
    expect(day.energyShare).toBeCloseTo(1, 6);
    const mean = energy(stored) / 88;
    for (const v of [...day.reported.slice(0, 40), ...day.reported.slice(48)]) expect(v).toBeCloseTo(mean, 5);
  });
});

describe('tampered readings', () => {
  it('keep the first reading and advance each register by the reported energy over the multiplier', () => {
    // Two registers, three days, multiplier 40: 400 kWh moves a register by 10.
    const readings = tamperedReadings([1000, 300], Float64Array.from([400, 100, 200, 40, 0, 0]), 2, 40);
    expect([...readings]).toEqual([1000, 300, 1010, 302.5, 1015, 303.5]);
  });

  it('show two decimals as a meter does', () => {
    const readings = tamperedReadings([12.345], Float64Array.from([1 / 3, 1 / 3]), 1, 1);
    expect([...readings]).toEqual([12.35, 12.68]);
  });
});
