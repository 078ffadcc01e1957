// k-means++ and Lloyd on separable synthetic profiles: exact recovery of the generating shapes,
// the same result from the same seed, and the restarts keeping the lowest inertia.
import { describe, expect, it } from 'vitest';
import { Random } from '../../../engine/demo/random.js';
import { kMeans, seedPlusPlus } from '../../../engine/segments/kmeans.js';
import { bump, drawProfiles, HOURS, samePartition } from './synthetic.js';

const shapes = [bump(8), bump(19), bump(3), bump(13, 0.2)];

describe('kMeans', () => {
  it('recovers well separated clusters exactly', () => {
    const { data, truth } = drawProfiles(shapes, 60, 0.05);
    const fit = kMeans(data, HOURS, { k: 4, rng: new Random(1) });
    expect(samePartition(fit.labels, truth)).toBe(true);
    // Each centroid sums to 1 like its members, and the squared distances add up to the inertia.
    for (let c = 0; c < 4; c++) expect(fit.centroids.subarray(c * HOURS, (c + 1) * HOURS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(fit.squared.reduce((a, b) => a + b, 0)).toBeCloseTo(fit.inertia, 10);
  });

  it('gives the same clustering from the same seed', () => {
    const { data } = drawProfiles(shapes, 30, 0.3);
    const a = kMeans(data, HOURS, { k: 3, rng: new Random(5) });
    const b = kMeans(data, HOURS, { k: 3, rng: new Random(5) });
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    expect(a.inertia).toBe(b.inertia);
  });

  it('keeps the restart with the lowest inertia', () => {
    const { data } = drawProfiles(shapes, 40, 0.4, 11);
    const single = Array.from({ length: 6 }, (_, s) => kMeans(data, HOURS, { k: 4, rng: new Random(100 + s), restarts: 1 }).inertia);
    const best = kMeans(data, HOURS, { k: 4, rng: new Random(100), restarts: 6 });
    expect(best.inertia).toBeLessThanOrEqual(Math.max(...single));
    expect(best.inertia).toBeLessThanOrEqual(single[0]!);
  });

  it('seeds k-means++ on distinct rows, one per far-apart group', () => {
    const { data, truth } = drawProfiles(shapes, 20, 0.01);
    const seeds = seedPlusPlus(data, HOURS, 4, new Random(3));
    const fit = kMeans(data, HOURS, { k: 4, rng: new Random(3), restarts: 1, start: seeds, maxIterations: 0 });
    expect(new Set(fit.labels).size).toBe(4);
    expect(samePartition(fit.labels, truth)).toBe(true);
  });

  it('copes with fewer distinct rows than k', () => {
    const data = new Float32Array(5 * HOURS).fill(1 / HOURS);
    const fit = kMeans(data, HOURS, { k: 3, rng: new Random(2) });
    expect(fit.inertia).toBe(0);
    expect(fit.labels).toHaveLength(5);
  });
});
