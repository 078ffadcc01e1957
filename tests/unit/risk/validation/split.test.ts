import { describe, expect, it } from 'vitest';
import { complement, stratifiedFolds, stratifiedSplit } from '../../../../engine/risk/validation/split.js';

// 1,000 rows, 300 bads spread unevenly (all in the second half) so that a split ignoring the
// classes would show in the rates.
const target = Uint8Array.from({ length: 1000 }, (_, i) => (i >= 500 && i % 5 < 3 ? 1 : 0));
const bads = (rows: Uint32Array) => rows.reduce((s, i) => s + target[i]!, 0);

describe('stratifiedSplit', () => {
  it('holds out the share of each class, every row once', () => {
    const { train, validation } = stratifiedSplit(target, 0.3, 7);
    expect(validation.length).toBe(300);
    expect(bads(validation)).toBe(90);
    expect(train.length).toBe(700);
    expect(new Set([...train, ...validation]).size).toBe(1000);
    expect([...validation]).toEqual([...validation].sort((a, b) => a - b));
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(stratifiedSplit(target, 0.3, 7)).toEqual(stratifiedSplit(target, 0.3, 7));
    expect(stratifiedSplit(target, 0.3, 8).validation).not.toEqual(stratifiedSplit(target, 0.3, 7).validation);
  });

  it('rejects a share outside [0, 1)', () => {
    expect(() => stratifiedSplit(target, 1, 1)).toThrow(RangeError);
  });
});

describe('stratifiedFolds', () => {
  it('puts every row in one fold, sizes and bad counts within one of each other', () => {
    const folds = stratifiedFolds(target, 3, 1);
    expect(folds.map((f) => f.length).reduce((a, b) => a + b)).toBe(1000);
    expect(new Set(folds.flatMap((f) => [...f])).size).toBe(1000);
    const sizes = folds.map((f) => f.length);
    const badCounts = folds.map(bads);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(Math.max(...badCounts) - Math.min(...badCounts)).toBeLessThanOrEqual(1);
  });

  it('is deterministic and gives each fold its training rows', () => {
    const folds = stratifiedFolds(target, 5, 3);
    expect(folds).toEqual(stratifiedFolds(target, 5, 3));
    const train = complement(1000, folds[0]!);
    expect(train.length + folds[0]!.length).toBe(1000);
    expect(train.some((i) => folds[0]!.includes(i))).toBe(false);
  });
});
