// The silhouette and the choice of k it makes: the generating number of shapes is found, and a
// hand-computed silhouette checks the formula.
import { describe, expect, it } from 'vitest';
import { Random } from '../../../engine/demo/random.js';
import { chooseK } from '../../../engine/segments/chooseK.js';
import { meanSilhouette, pairwiseDistances } from '../../../engine/segments/silhouette.js';
import { segmentProfiles, WEAK_SILHOUETTE } from '../../../engine/segments/segment.js';
import { bump, drawProfiles, HOURS } from './synthetic.js';

describe('meanSilhouette', () => {
  it('matches the formula on points of a line', () => {
    // 1-d points 0, 1 (cluster 0) and 5 (cluster 1): s = (b - a) / max(a, b), 0 for a singleton.
    const distances = pairwiseDistances(Float32Array.from([0, 1, 5]), 1);
    // Point 0: a = 1 (to 1), b = 5; point 1: a = 1, b = 4.
    const s0 = (5 - 1) / 5;
    const s1 = (4 - 1) / 4;
    expect(meanSilhouette(distances, Int32Array.from([0, 0, 1]), 2)).toBeCloseTo((s0 + s1 + 0) / 3, 6);
  });
});

describe('chooseK', () => {
  it.each([2, 3, 5])('finds %i generating shapes', (k) => {
    const shapes = [bump(8), bump(19), bump(3), bump(13, 0.2), bump(16, 6, 1)].slice(0, k);
    const { data } = drawProfiles(shapes, 80, 0.1);
    const chosen = chooseK(data, HOURS, 2, 8, new Random(1));
    expect(chosen.k).toBe(k);
    expect(chosen.scores.map((s) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const best = chosen.scores.find((s) => s.k === k)!;
    expect(best.silhouette).toBeGreaterThan(0.5);
  });

  it('keeps one cluster where the profiles have no groups (the best silhouette is weak)', () => {
    const { data } = drawProfiles([bump(19)], 120, 0.15);
    const [only] = segmentProfiles(data, Array(120).fill('residential'), { kMin: 2, kMax: 6, fixedK: [], seed: 1 });
    expect(Math.max(...only!.scores.map((s) => s.silhouette))).toBeLessThan(WEAK_SILHOUETTE);
    expect(only!.choice).toBe('weak');
    expect(only!.k).toBe(1);
    expect(only!.clusters[0]!.size).toBe(120);
  });
});

describe('segmentProfiles', () => {
  it('segments each category on its own, numbers clusters by size and honours a fixed k', () => {
    const home = drawProfiles([bump(20), bump(7, 3, 1.5)], 50, 0.05, 3);
    const shop = drawProfiles([bump(12, 1.2, 4)], 30, 0.05, 4);
    const data = new Float32Array(home.data.length + shop.data.length);
    data.set(home.data);
    data.set(shop.data, home.data.length);
    const categories = [...Array(100).fill('residential'), ...Array(30).fill('commercial')];
    const result = segmentProfiles(data, categories, { kMin: 2, kMax: 8, fixedK: [{ category: 'commercial', k: 3 }], seed: 1 });
    const residential = result.find((c) => c.category === 'residential')!;
    const commercial = result.find((c) => c.category === 'commercial')!;
    expect(residential.k).toBe(2);
    expect(residential.choice).toBe('silhouette');
    expect(residential.clusters.map((c) => c.name).sort()).toEqual(['evening_peak', 'morning_peak']);
    expect(Array.from(residential.members)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(commercial.choice).toBe('fixed');
    expect(commercial.k).toBe(3);
    expect(commercial.scores).toEqual([]);
    const sizes = commercial.clusters.map((c) => c.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(30);
    // One k for every category, an entry of fixedK still winning for its own.
    const everyK = segmentProfiles(data, categories, { kMin: 2, kMax: 8, k: 4, fixedK: [{ category: 'commercial', k: 1 }], seed: 1 });
    expect(everyK.map((c) => [c.category, c.k, c.choice])).toEqual([
      ['commercial', 1, 'fixed'],
      ['residential', 4, 'fixed'],
    ]);
    // A member's distance is to its own cluster's centroid.
    const i = 5;
    const centroid = residential.clusters[residential.labels[i]!]!.centroid;
    let s = 0;
    for (let h = 0; h < HOURS; h++) s += (data[i * HOURS + h]! - centroid[h]!) ** 2;
    expect(residential.distances[i]).toBeCloseTo(Math.sqrt(s), 5);
  });
});
