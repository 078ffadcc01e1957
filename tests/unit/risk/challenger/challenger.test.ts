import { describe, expect, it } from 'vitest';
import { Random } from '../../../../engine/demo/random.js';
import { challengerProbabilities, challengerSummary, trainChallenger } from '../../../../engine/risk/challenger/index.js';
import type { FeatureTable } from '../../../../engine/risk/model/types.js';
import { classMetrics } from '../../../../engine/risk/validation/metrics.js';
import { stratifiedSplit } from '../../../../engine/risk/validation/split.js';

/**
 * Bad when x and y have opposite signs (an XOR no straight line separates), or when the
 * channel is 'cash'; 5 % of outcomes flipped; x missing in 10 % of rows (then bad when y > 0).
 */
function xorTable(n: number, seed: number): FeatureTable {
  const random = new Random(seed);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const noise = new Float64Array(n);
  const channel: (string | null)[] = [];
  const target = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = random.uniform(-1, 1);
    y[i] = random.uniform(-1, 1);
    noise[i] = random.normal();
    channel.push(random.chance(0.05) ? null : random.pick(['bank', 'app', 'counter', 'cash']));
    let bad = x[i]! * y[i]! < 0 || channel[i] === 'cash';
    if (random.chance(0.1)) {
      bad = y[i]! > 0;
      x[i] = NaN;
    }
    target[i] = (random.chance(0.05) ? !bad : bad) ? 1 : 0;
  }
  return {
    ids: Array.from({ length: n }, (_, i) => String(i + 1)),
    target,
    columns: [
      { name: 'x', kind: 'numeric', side: null, values: x },
      { name: 'y', kind: 'numeric', side: null, values: y },
      { name: 'noise', kind: 'numeric', side: null, values: noise },
      { name: 'channel', kind: 'categorical', side: 'willingness', values: channel },
    ],
  };
}

describe('the challenger', () => {
  const table = xorTable(2000, 5);
  const { train, validation } = stratifiedSplit(table.target!, 0.3, 1);
  const challenger = trainChallenger(table, train, { seed: 1 });

  it('learns a non-linear rule with a categorical level and missing values (held-out AUC > 0.9)', () => {
    const p = challengerProbabilities(challenger, table);
    expect(classMetrics(p, table.target!, validation).auc).toBeGreaterThan(0.9);
    expect(p.every((v) => v > 0 && v < 1)).toBe(true);
  });

  it('round-trips its state through JSON, scoring a table with columns in another order', () => {
    const copy = JSON.parse(JSON.stringify(challenger)) as typeof challenger;
    const reordered: FeatureTable = { ...table, target: null, columns: [...table.columns].reverse() };
    expect(challengerProbabilities(copy, reordered)).toEqual(challengerProbabilities(challenger, table));
  });

  it('is deterministic for a seed and says what it is', () => {
    expect(trainChallenger(table, train, { seed: 1 })).toEqual(challenger);
    expect(challengerSummary(challenger)).toMatch(/^gradient-boosted trees \(log-loss\): \d+ trees of depth [23]/);
  });

  it('refuses a table without a column it reads', () => {
    const missing: FeatureTable = { ...table, columns: table.columns.slice(1) };
    expect(() => challengerProbabilities(challenger, missing)).toThrow(/no column x/);
  });

  it('cannot learn rows by heart through a category per row (target encoding out of fold)', () => {
    const random = new Random(9);
    const n = 600;
    const noise: FeatureTable = {
      ids: Array.from({ length: n }, (_, i) => String(i)),
      target: Uint8Array.from({ length: n }, () => (random.chance(0.3) ? 1 : 0)),
      columns: [{ name: 'account', kind: 'categorical', side: null, values: Array.from({ length: n }, (_, i) => `A${i}`) }],
    };
    const rows = Uint32Array.from({ length: n }, (_, i) => i);
    // Encoded with their own outcomes, the training rows would be separated perfectly (AUC 1).
    const p = challengerProbabilities(trainChallenger(noise, rows, { seed: 2 }), noise);
    expect(classMetrics(p, noise.target!).auc).toBeLessThan(0.65);
  });
});
