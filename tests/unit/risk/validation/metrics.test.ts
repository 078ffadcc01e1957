import { describe, expect, it } from 'vitest';
import { calibrationByGrade, classMetrics, liftTable } from '../../../../engine/risk/validation/metrics.js';
import { psi, shares, stabilityLevel } from '../../../../engine/risk/validation/psi.js';

describe('classMetrics', () => {
  // Bads at 0.9, 0.8 and 0.2; goods at 0.8 (tied with a bad) and 0.3. Of the 6 (bad, good)
  // pairs the bad is riskier in 0.9>0.8, 0.9>0.3, 0.8>0.3, tied once (0.8 = 0.8): 3.5 / 6.
  const probabilities = [0.9, 0.8, 0.8, 0.3, 0.2];
  const target = Uint8Array.from([1, 1, 0, 0, 1]);

  it('computes AUC with ties averaged, KS over tied groups, Gini', () => {
    const m = classMetrics(probabilities, target);
    expect(m.auc).toBeCloseTo(3.5 / 6, 12);
    expect(m.gini).toBeCloseTo(2 * (3.5 / 6) - 1, 12);
    // Cumulative bad/good shares after each group: 1/3-0, 2/3-1/2, 2/3-1, 1-1.
    expect(m.ks).toBeCloseTo(1 / 3, 12);
    expect(m.rows).toBe(5);
    expect(m.bads).toBe(3);
  });

  it('restricts to the given rows', () => {
    const m = classMetrics(probabilities, target, Uint32Array.from([0, 2, 3]));
    expect(m.auc).toBe(1);
    expect(m.ks).toBe(1);
    expect(m.rows).toBe(3);
    expect(m.bads).toBe(1);
  });

  it('is 0 when every good is riskier, 0.5 with one class only', () => {
    expect(classMetrics([0.1, 0.2, 0.8, 0.9], Uint8Array.from([1, 1, 0, 0])).auc).toBe(0);
    expect(classMetrics([0.1, 0.2], Uint8Array.from([0, 0]))).toMatchObject({ auc: 0.5, ks: 0, gini: 0 });
  });

  it('lifts by decile: the riskiest tenth first, lift against the overall bad rate', () => {
    // 20 rows riskiest first; bads at positions 0, 1 (decile 1) and 10 (decile 6).
    const p = Array.from({ length: 20 }, (_, i) => 1 - i / 20);
    const t = Uint8Array.from({ length: 20 }, (_, i) => (i < 2 || i === 10 ? 1 : 0));
    const lift = liftTable(p, t);
    expect(lift).toHaveLength(10);
    expect(lift[0]).toEqual({ decile: 1, rows: 2, bads: 2, badRate: 1, cumulativeBadShare: 2 / 3, lift: 1 / (3 / 20) });
    expect(lift[5]!.bads).toBe(1);
    expect(lift[9]!.cumulativeBadShare).toBe(1);
    expect(classMetrics(p, t).lift10).toBeCloseTo(20 / 3, 12);
  });

  it('calibrates by grade, every grade listed', () => {
    const grades = ['A', 'A', 'C', 'E'] as const;
    const cal = calibrationByGrade([...grades], [0.1, 0.3, 0.5, 0.9], Uint8Array.from([0, 1, 0, 1]));
    expect(cal.map((c) => c.grade)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(cal[0]).toEqual({ grade: 'A', rows: 2, bads: 1, observedBadRate: 0.5, predictedBadRate: 0.2 });
    expect(cal[1]).toEqual({ grade: 'B', rows: 0, bads: 0, observedBadRate: 0, predictedBadRate: 0 });
    expect(cal[4]!.observedBadRate).toBe(1);
  });
});

describe('psi', () => {
  it('matches the hand-computed sum', () => {
    // (0.25 − 0.5)·ln(0.25/0.5) + (0.75 − 0.5)·ln(0.75/0.5)
    expect(psi([0.5, 0.5], [0.25, 0.75])).toBeCloseTo(0.25 * Math.log(2) + 0.25 * Math.log(1.5), 12);
    expect(psi([0.2, 0.3, 0.5], [0.2, 0.3, 0.5])).toBe(0);
  });

  it('stays finite when a bin is empty in one period', () => {
    const value = psi([0.5, 0.5, 0], [0.4, 0.4, 0.2]);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeCloseTo(2 * (-0.1 * Math.log(0.8)) + (0.2 - 1e-4) * Math.log(0.2 / 1e-4), 9);
  });

  it('turns counts into shares and reads levels at 0.1 and 0.25', () => {
    expect(shares([1, 3])).toEqual([0.25, 0.75]);
    expect(shares([0, 0])).toEqual([0, 0]);
    expect([0.05, 0.1, 0.2, 0.25, 0.7].map(stabilityLevel)).toEqual(['stable', 'watch', 'watch', 'shifted', 'shifted']);
  });
});
