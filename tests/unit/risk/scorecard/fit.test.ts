// WOE and IV by hand, the logistic fit against its closed-form solution, the dropping of
// wrong-signed features, points scaling, grades and reason codes.
import { describe, expect, it } from 'vitest';
import { scorecardRows } from '../../../../engine/risk/model/scorecardRows.js';
import type { FeatureBinning, ScorecardBin } from '../../../../engine/risk/model/types.js';
import { fitScorecard } from '../../../../engine/risk/scorecard/fit.js';
import { gradeCuts, gradeOf } from '../../../../engine/risk/scorecard/grades.js';
import { fitLogistic } from '../../../../engine/risk/scorecard/logistic.js';
import { reasonsOf, reasonTable } from '../../../../engine/risk/scorecard/reasons.js';
import { defaultScaling, scalingTerms, scoreOfLogOdds, withPoints } from '../../../../engine/risk/scorecard/scaling.js';
import { woeIv } from '../../../../engine/risk/scorecard/woe.js';

describe('WOE and IV', () => {
  it('match the hand computation with 0.5 added to each class of each bin', () => {
    // Bin 1: 8 goods, 2 bads; bin 2: 2 goods, 8 bads. Smoothed totals: 11 goods, 11 bads.
    const { woe, iv, total } = woeIv([
      { count: 10, bads: 2 },
      { count: 10, bads: 8 },
    ]);
    expect(woe[0]).toBeCloseTo(Math.log(8.5 / 11 / (2.5 / 11)), 12);
    expect(woe[1]).toBeCloseTo(Math.log(2.5 / 8.5), 12);
    expect(iv[0]).toBeCloseTo((6 / 11) * Math.log(3.4), 12);
    expect(iv[1]).toBeCloseTo((6 / 11) * Math.log(3.4), 12);
    expect(total).toBeCloseTo((12 / 11) * Math.log(3.4), 12);
  });

  it('stays finite for a bin of one class only', () => {
    const { woe } = woeIv([
      { count: 10, bads: 0 },
      { count: 10, bads: 5 },
    ]);
    expect(woe.every(Number.isFinite)).toBe(true);
  });
});

describe('logistic regression', () => {
  it('finds the closed-form fit of one binary feature', () => {
    // x = 0: 20 bads in 100; x = 1: 50 in 100. Intercept ln(20/80), coefficient ln(1) − ln(20/80).
    const x = new Float64Array(200);
    const y = new Uint8Array(200);
    for (let i = 0; i < 200; i++) {
      x[i] = i < 100 ? 0 : 1;
      y[i] = i < 100 ? (i < 20 ? 1 : 0) : i < 150 ? 1 : 0;
    }
    const fit = fitLogistic(x, y, 1, 1e-9);
    expect(fit.intercept).toBeCloseTo(Math.log(0.25), 6);
    expect(fit.coefficients[0]).toBeCloseTo(Math.log(4), 6);
  });

  it('stays finite on near-duplicate features that almost separate the classes (a full Newton step diverges there)', () => {
    // One arrears history read five ways, as in the workspace's features: WOE +3 for payers,
    // −3 for the few who pay late, 1 % of rows the exception.
    const n = 2000;
    const k = 5;
    const x = new Float64Array(n * k);
    const y = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const late = i % 25 === 0;
      y[i] = (late ? i % 100 !== 0 : i % 101 === 0) ? 1 : 0;
      for (let j = 0; j < k; j++) x[i * k + j] = (late ? -3 : 3) + 0.1 * j * (i % 3);
    }
    const fit = fitLogistic(x, y, k, 1);
    expect(Number.isFinite(fit.intercept)).toBe(true);
    expect(Math.abs(fit.intercept)).toBeLessThan(20);
    for (const c of fit.coefficients) expect(Math.abs(c)).toBeLessThan(20);
    // Late payers come out far riskier than the rest.
    const p = (z: number) => 1 / (1 + Math.exp(-z));
    const zLate = fit.intercept + fit.coefficients.reduce((s, c) => s - 3 * c, 0);
    const zPaid = fit.intercept + fit.coefficients.reduce((s, c) => s + 3 * c, 0);
    expect(p(zLate)).toBeGreaterThan(0.5);
    expect(p(zPaid)).toBeLessThan(0.05);
  });

  it('solves the penalised score equations on several features', () => {
    let seed = 5;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const n = 500;
    const k = 3;
    const x = Float64Array.from({ length: n * k }, () => next() * 2 - 1);
    const y = Uint8Array.from({ length: n }, (_, i) => (next() < 1 / (1 + Math.exp(-(0.5 + 2 * x[i * k]! - x[i * k + 1]!))) ? 1 : 0));
    const lambda = 1;
    const fit = fitLogistic(x, y, k, lambda);
    // At the optimum: Σ (y − p) = 0 and Σ (y − p) x_j = λ β_j.
    const gradient = new Float64Array(k + 1);
    for (let i = 0; i < n; i++) {
      let z = fit.intercept;
      for (let j = 0; j < k; j++) z += fit.coefficients[j]! * x[i * k + j]!;
      const r = y[i]! - 1 / (1 + Math.exp(-z));
      gradient[0]! += r;
      for (let j = 0; j < k; j++) gradient[j + 1]! += r * x[i * k + j]!;
    }
    expect(gradient[0]).toBeCloseTo(0, 8);
    for (let j = 0; j < k; j++) expect(gradient[j + 1]).toBeCloseTo(lambda * fit.coefficients[j]!, 8);
    expect(fit.coefficients[0]).toBeGreaterThan(1);
    expect(fit.coefficients[1]).toBeLessThan(-0.4);
  });
});

function bin(woe: number, count = 10, bads = 2, points = 0): ScorecardBin {
  return { range: { type: 'categories', values: [`w${woe}`] }, count, bads, woe, iv: 0.1, points };
}

function binning(feature: string, bins: ScorecardBin[], extra: Partial<FeatureBinning> = {}): FeatureBinning {
  return { feature, kind: 'categorical', side: null, bins, iv: 0.3, weak: false, trend: 'none', edited: false, selected: false, coefficient: null, ...extra };
}

describe('feature selection', () => {
  it('drops a feature whose coefficient comes out positive on WOE, and weak or excluded ones', () => {
    // Two bins per feature; rows in bin 1 are mostly bad. 'good' has WOE as defined (low WOE =
    // risky); 'reversed' has its WOE signs swapped, so it fits with a positive coefficient.
    const n = 400;
    const target = Uint8Array.from({ length: n }, (_, i) => (i % 4 === 0 ? (i < 200 ? 1 : 0) : i < 200 && i % 4 === 1 ? 1 : 0));
    const risky = Int32Array.from({ length: n }, (_, i) => (i < 200 ? 1 : 0));
    const good = binning('good', [bin(0.8), bin(-0.8)]);
    const reversed = binning('reversed', [bin(-0.8), bin(0.8)]);
    const weak = binning('weak', [bin(0.1), bin(-0.1)], { weak: true });
    const excluded = binning('excluded', [bin(0.8), bin(-0.8)]);
    const rows = Uint32Array.from({ length: n }, (_, i) => i);
    // 'reversed' alone would fit positive: it is the same split as 'good' read backwards.
    const fit = fitScorecard([good, reversed, weak, excluded], [risky, risky, risky, risky], target, rows, new Set(['excluded']));
    expect(fit.binnings.map((b) => b.selected)).toEqual([true, false, false, false]);
    expect(fit.binnings[0]!.coefficient).toBeLessThan(0);
    expect(fit.binnings[1]!.coefficient).toBeNull();
  });
});

describe('points scaling', () => {
  it('gives the base score at the base odds and pdo more points for twice the odds', () => {
    expect(scoreOfLogOdds(Math.log(50), defaultScaling)).toBeCloseTo(600, 10);
    expect(scoreOfLogOdds(Math.log(100), defaultScaling)).toBeCloseTo(620, 10);
    expect(scoreOfLogOdds(Math.log(25), defaultScaling)).toBeCloseTo(580, 10);
    const { factor, offset } = scalingTerms({ baseScore: 500, baseOdds: 20, pdo: 50 });
    expect(factor).toBeCloseTo(50 / Math.LN2, 12);
    expect(offset).toBeCloseTo(500 - (50 / Math.LN2) * Math.log(20), 12);
  });

  it('spreads the score over the features so that points add up to it', () => {
    // ln(odds bad) = −ln 50 − 1 × WOE: WOE 0 is odds 50:1 good (600), WOE ln 2 is 100:1 (620).
    const intercept = -Math.log(50);
    const a = binning('a', [bin(0), bin(Math.log(2))], { selected: true, coefficient: -1, side: 'willingness' });
    const b = binning('b', [bin(0), bin(Math.log(4))], { selected: true, coefficient: -1 });
    const binnings = withPoints([a, b], intercept, defaultScaling);
    const table = {
      ids: ['1', '2', '3'],
      target: null,
      columns: [
        { name: 'a', kind: 'categorical' as const, side: 'willingness' as const, values: ['w0', `w${Math.log(2)}`, `w${Math.log(2)}`] },
        { name: 'b', kind: 'categorical' as const, side: null, values: ['w0', 'w0', `w${Math.log(4)}`] },
      ],
    };
    const rows = scorecardRows({ binnings, intercept }, table);
    expect(Array.from(rows.scores)).toEqual([600, 620, 660]);
    expect(Array.from(rows.logits, (z) => Math.exp(-z))).toEqual([50, 100, 400].map((v) => expect.closeTo(v, 8)));
    // Willingness holds feature a's points; b has no side and counts towards neither.
    expect(rows.willingness[1]).toBeCloseTo(binnings[0]!.bins[1]!.points, 10);
    expect(rows.ability[2]).toBe(0);
  });
});

describe('grades', () => {
  it('cut the training scores into fifths, A the highest', () => {
    const scores = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    const cuts = gradeCuts(scores, -50);
    expect(cuts).toEqual([
      { grade: 'A', minScore: 81 },
      { grade: 'B', minScore: 61 },
      { grade: 'C', minScore: 41 },
      { grade: 'D', minScore: 21 },
      { grade: 'E', minScore: -50 },
    ]);
    expect(gradeOf(cuts, 81)).toBe('A');
    expect(gradeOf(cuts, 80.9)).toBe('B');
    expect(gradeOf(cuts, 21)).toBe('D');
    expect(gradeOf(cuts, -1000)).toBe('E');
    const counts = new Map<string, number>();
    for (const s of scores) counts.set(gradeOf(cuts, s), (counts.get(gradeOf(cuts, s)) ?? 0) + 1);
    expect([...counts.values()]).toEqual([20, 20, 20, 20, 20].reverse());
  });
});

describe('reason codes', () => {
  it('name the features that lose most points against their best bin, at most four, none for nothing lost', () => {
    const features = ['a', 'b', 'c', 'd', 'e'].map((name, f) =>
      binning(name, [bin(0, 10, 2, 50), bin(1, 10, 2, 50 - 10 * (f + 1))], { selected: true, coefficient: -1 }),
    );
    const table = reasonTable(features);
    const worst = features.map(() => Int32Array.of(1, 0));
    expect(reasonsOf(table, worst, 0)).toEqual([
      { feature: 'e', pointsLost: 50, bin: 'w1' },
      { feature: 'd', pointsLost: 40, bin: 'w1' },
      { feature: 'c', pointsLost: 30, bin: 'w1' },
      { feature: 'b', pointsLost: 20, bin: 'w1' },
    ]);
    // Row 1 sits in every feature's best bin: no reasons.
    expect(reasonsOf(table, worst, 1)).toEqual([]);
    const mixed = [Int32Array.of(1), Int32Array.of(0), Int32Array.of(0), Int32Array.of(0), Int32Array.of(0)];
    expect(reasonsOf(table, mixed, 0)).toEqual([{ feature: 'a', pointsLost: 10, bin: 'w1' }]);
  });
});
