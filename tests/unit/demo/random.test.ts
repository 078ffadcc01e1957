import { describe, expect, it } from 'vitest';
import { Random, streamFor } from '../../../engine/demo/random.js';

describe('the seeded generator', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, ((r) => () => r.nextUint32())(new Random(seed)));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('gives independent streams per label', () => {
    expect(streamFor(1, 'weather').next()).toBe(streamFor(1, 'weather').next());
    expect(streamFor(1, 'weather').next()).not.toBe(streamFor(1, 'customer', 0).next());
    expect(streamFor(1, 'customer', 1).next()).not.toBe(streamFor(1, 'customer', 10).next());
  });

  it('draws uniform, normal and Poisson values with the right moments', () => {
    const r = new Random(42);
    const n = 50_000;
    let u = 0;
    let z = 0;
    let z2 = 0;
    let p = 0;
    for (let i = 0; i < n; i++) {
      u += r.next();
      const x = r.normal();
      z += x;
      z2 += x * x;
      p += r.poisson(3);
    }
    expect(u / n).toBeCloseTo(0.5, 2);
    expect(z / n).toBeCloseTo(0, 1);
    expect(z2 / n).toBeCloseTo(1, 1);
    expect(p / n).toBeCloseTo(3, 1);
  });

  it('samples distinct indexes', () => {
    const picked = new Random(3).sample(100, 30);
    expect(new Set(picked).size).toBe(30);
    expect(picked.every((i) => i >= 0 && i < 100)).toBe(true);
    expect(new Random(3).sample(5, 10)).toEqual([0, 1, 2, 3, 4]);
  });
});
