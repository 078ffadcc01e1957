// Chooses k for one category's profiles by the mean silhouette: k-means is fitted for each k of
// the range on a random sample of up to FIT_SAMPLE profiles, and the silhouette measured on the
// first SILHOUETTE_SAMPLE of them (its cost grows with the square of the sample); the highest
// mean silhouette wins, the smaller k on a tie (segment.ts keeps one cluster when even it is weak). The winner's centroids seed the fit on every profile.
import type { Random } from '../demo/random.js';
import type { KScore } from '../api/segmentsTypes.js';
import { kMeans } from './kmeans.js';
import { meanSilhouette, pairwiseDistances } from './silhouette.js';

export const FIT_SAMPLE = 5000;
export const SILHOUETTE_SAMPLE = 2000;

export interface KChoiceResult {
  k: number;
  scores: KScore[];
  /** Profiles the silhouette was measured on. */
  sample: number;
  /** The chosen k's centroids fitted on the sample. */
  centroids: Float64Array;
}

export function chooseK(data: Float32Array, d: number, kMin: number, kMax: number, rng: Random): KChoiceResult {
  const n = data.length / d;
  const picked = n > FIT_SAMPLE ? rng.sample(n, FIT_SAMPLE) : null;
  // The sample in random order, so that its first rows are a random sample too.
  const order = picked ? shuffle(picked, rng) : shuffle(Array.from({ length: n }, (_, i) => i), rng);
  const fitData = new Float32Array(order.length * d);
  order.forEach((row, i) => fitData.set(data.subarray(row * d, row * d + d), i * d));
  const m = Math.min(SILHOUETTE_SAMPLE, order.length);
  const distances = pairwiseDistances(fitData.subarray(0, m * d), d);
  const scores: KScore[] = [];
  let best: { k: number; silhouette: number; centroids: Float64Array } | null = null;
  for (let k = kMin; k <= Math.min(kMax, n - 1); k++) {
    const fit = kMeans(fitData, d, { k, rng, restarts: 3 });
    const silhouette = meanSilhouette(distances, fit.labels.subarray(0, m), k);
    scores.push({ k, silhouette });
    if (!best || silhouette > best.silhouette) best = { k, silhouette, centroids: fit.centroids };
  }
  if (!best) throw new Error(`no k in ${kMin}..${kMax} fits ${n} profiles`);
  return { k: best.k, scores, sample: m, centroids: best.centroids };
}

function shuffle(items: number[], rng: Random): number[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
