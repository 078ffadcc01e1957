import { describe, expect, it } from 'vitest';
import { Random } from '../../../engine/demo/random.js';
import { defaultGbmOptions, trainGbm } from '../../../engine/forecast/math/gbm.js';
import { NormalEquations, solveCholesky } from '../../../engine/forecast/math/linear.js';
import { quantile } from '../../../engine/forecast/math/quantile.js';

describe('solveCholesky', () => {
  it('solves a symmetric positive definite system', () => {
    // A = [[4,2,0],[2,5,3],[0,3,6]], x = [1,-2,3] => b = A x
    const a = Float64Array.from([4, 2, 0, 2, 5, 3, 0, 3, 6]);
    const x = solveCholesky(a, Float64Array.from([0, 1, 12]), 3);
    expect([...x].map((v) => +v.toFixed(10))).toEqual([1, -2, 3]);
  });

  it('refuses a matrix that is not positive definite', () => {
    expect(() => solveCholesky(Float64Array.from([1, 2, 2, 1]), Float64Array.from([1, 1]), 2)).toThrow(/positive definite/);
  });
});

describe('NormalEquations', () => {
  it('recovers the coefficients of sparse rows, grown in two steps', () => {
    // y = 3 + 2·x on level A, 3 - 1 + 2·x on level B (columns: intercept, x, level B).
    const random = new Random(3);
    const equations = new NormalEquations(4); // column 3 is never used
    const columns = new Int32Array(3);
    const values = new Float64Array(3);
    for (let i = 0; i < 200; i++) {
      const x = random.uniform(-1, 1);
      const b = i % 3 === 0;
      columns.set([0, 1, 2]);
      values.set([1, x, b ? 1 : 0]);
      equations.add(columns, values, b ? 3 : 2, 3 + 2 * x - (b ? 1 : 0));
      if (i === 99) expect(equations.rows).toBe(100);
    }
    const beta = equations.solve();
    expect(beta[0]).toBeCloseTo(3, 5);
    expect(beta[1]).toBeCloseTo(2, 5);
    expect(beta[2]).toBeCloseTo(-1, 5);
    expect(beta[3]).toBe(0); // an unseen level gets no effect
  });

  it('stays solvable when levels are collinear with the intercept', () => {
    const equations = new NormalEquations(3);
    for (let i = 0; i < 50; i++) equations.add(Int32Array.from([0, 1 + (i % 2)]), Float64Array.from([1, 1]), 2, i % 2 ? 10 : 4);
    const beta = equations.solve();
    expect(beta[0]! + beta[1]!).toBeCloseTo(4, 4);
    expect(beta[0]! + beta[2]!).toBeCloseTo(10, 4);
  });
});

describe('trainGbm', () => {
  const make = (n: number, seed: number) => {
    const random = new Random(seed);
    const columns = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
    const target = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const x = random.uniform(0, 6);
      const z = random.int(0, 4);
      columns[0]![i] = x;
      columns[1]![i] = z;
      columns[2]![i] = random.next(); // noise feature
      target[i] = Math.sin(x) + (z === 2 ? 1.5 : 0) + random.normal(0, 0.05);
    }
    return { columns, target };
  };

  it('learns a nonlinear function with an interaction-free level effect', () => {
    const train = make(4000, 1);
    const test = make(1000, 2);
    const model = trainGbm(train.columns, train.target, { ...defaultGbmOptions, rounds: 200 });
    let squared = 0;
    let variance = 0;
    const mean = test.target.reduce((s, v) => s + v, 0) / test.target.length;
    for (let i = 0; i < test.target.length; i++) {
      const p = model.predict([test.columns[0]![i]!, test.columns[1]![i]!, test.columns[2]![i]!]);
      squared += (p - test.target[i]!) ** 2;
      variance += (test.target[i]! - mean) ** 2;
    }
    expect(1 - squared / variance).toBeGreaterThan(0.97);
  });

  it('is deterministic for a seed', () => {
    const train = make(1000, 5);
    const options = { ...defaultGbmOptions, rounds: 30 };
    const a = trainGbm(train.columns, train.target, options);
    const b = trainGbm(train.columns, train.target, options);
    expect(a.predict([1, 2, 0.5])).toBe(b.predict([1, 2, 0.5]));
    expect(a.trees).toBe(30);
  });
});

describe('quantile', () => {
  it('interpolates between order statistics', () => {
    expect(quantile([3, 1, 2, 4], 0.5)).toBe(2.5);
    expect(quantile([5, 1, 3], 0.1)).toBeCloseTo(1.4);
    expect(quantile([7], 0.9)).toBe(7);
  });
});
