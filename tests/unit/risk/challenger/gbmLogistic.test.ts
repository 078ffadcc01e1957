import { describe, expect, it } from 'vitest';
import { Random } from '../../../../engine/demo/random.js';
import { GbmModel, trainGbm } from '../../../../engine/forecast/math/gbm.js';

describe('gradient boosting with log-loss', () => {
  // P(y = 1) is 0.2 below x = 0 and 0.8 above: the trees' log-odds should find both rates.
  const random = new Random(3);
  const n = 4000;
  const x = Float64Array.from({ length: n }, () => random.uniform(-1, 1));
  const y = Float64Array.from(x, (v) => (random.chance(v < 0 ? 0.2 : 0.8) ? 1 : 0));
  const model = trainGbm([x], y, { rounds: 150, learningRate: 0.1, maxDepth: 2, minLeaf: 20, lambda: 1, subsample: 0.8, bins: 32, seed: 1, loss: 'logistic' });
  const probability = (v: number) => 1 / (1 + Math.exp(-model.predict([v])));

  it('starts from the log-odds of the base rate and learns the rate of each side', () => {
    const rate = y.reduce((s, v) => s + v, 0) / n;
    expect(model.base).toBeCloseTo(Math.log(rate / (1 - rate)), 12);
    expect(probability(-0.5)).toBeGreaterThan(0.15);
    expect(probability(-0.5)).toBeLessThan(0.25);
    expect(probability(0.5)).toBeGreaterThan(0.75);
    expect(probability(0.5)).toBeLessThan(0.85);
  });

  it('predicts the same column-wise and row by row, and after a trip through its state', () => {
    const probe = Float64Array.from([-0.9, -0.1, 0.05, 0.7]);
    const rowWise = Array.from(probe, (v) => model.predict([v]));
    expect([...model.predictColumns([probe], probe.length)]).toEqual(rowWise);
    const copy = GbmModel.fromState(JSON.parse(JSON.stringify(model.state())));
    expect([...copy.predictColumns([probe], probe.length)]).toEqual(rowWise);
  });
});
