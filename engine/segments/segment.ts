// Segments profiles per usage category: k chosen by the silhouette (chooseK.ts) unless the
// analyst fixed it, k-means on every profile of the category seeded from the sample's
// centroids, clusters numbered by size (0 the largest) and named from their centroid's shape.
import { streamFor } from '../demo/random.js';
import type { KChoice, KScore, SegmentCluster } from '../api/segmentsTypes.js';
import { chooseK } from './chooseK.js';
import { kMeans } from './kmeans.js';
import { clusterName, HOURS, shapeFacts } from './naming.js';

/** Categories with fewer profiles are one cluster: too few to split by shape. */
export const MIN_PROFILES_TO_SPLIT = 10;
/** A best mean silhouette under this finds no substantial structure (Kaufman & Rousseeuw): the category stays one cluster. */
export const WEAK_SILHOUETTE = 0.25;

export interface SegmentOptions {
  kMin: number;
  kMax: number;
  fixedK: { category: string | null; k: number }[];
  /** The k of every category not in fixedK; undefined: chosen by the silhouette. */
  k?: number | undefined;
  seed: number;
  progress?: (fraction: number, message: string) => void;
}

export interface CategorySegments {
  category: string | null;
  k: number;
  choice: KChoice;
  scores: KScore[];
  sample: number;
  clusters: SegmentCluster[];
  /** The category's profiles (indexes into the input), each one's cluster and distance to its centroid. */
  members: Int32Array;
  labels: Int32Array;
  distances: Float64Array;
}

export function segmentProfiles(values: Float32Array, categories: (string | null)[], options: SegmentOptions): CategorySegments[] {
  const byCategory = new Map<string | null, number[]>();
  categories.forEach((category, i) => {
    const list = byCategory.get(category);
    if (list) list.push(i);
    else byCategory.set(category, [i]);
  });
  const groups = [...byCategory.entries()].sort(([a], [b]) => (a ?? '\uffff').localeCompare(b ?? '\uffff'));
  const total = categories.length;
  let done = 0;
  return groups.map(([category, rows]) => {
    options.progress?.(done / Math.max(1, total), `${category ?? 'no archive'}: ${rows.length} profiles`);
    const result = segmentCategory(values, category, rows, options);
    done += rows.length;
    return result;
  });
}

function segmentCategory(values: Float32Array, category: string | null, rows: number[], options: SegmentOptions): CategorySegments {
  const d = HOURS;
  const n = rows.length;
  const data = new Float32Array(n * d);
  rows.forEach((row, i) => data.set(values.subarray(row * d, row * d + d), i * d));
  const rng = streamFor(options.seed, 'segments', category ?? '');
  const fixed = options.fixedK.find((f) => f.category === category) ?? (options.k !== undefined ? { category, k: options.k } : undefined);
  let k: number;
  let choice: KChoice;
  let scores: KScore[] = [];
  let sample = 0;
  let start: Float64Array | undefined;
  if (fixed) {
    k = Math.min(fixed.k, n);
    choice = 'fixed';
  } else if (n < MIN_PROFILES_TO_SPLIT) {
    k = 1;
    choice = 'single';
  } else {
    const chosen = chooseK(data, d, options.kMin, options.kMax, rng);
    ({ scores, sample } = chosen);
    const weak = Math.max(...scores.map((s) => s.silhouette)) < WEAK_SILHOUETTE;
    k = weak ? 1 : chosen.k;
    choice = weak ? 'weak' : 'silhouette';
    if (!weak) start = chosen.centroids;
  }
  const fit = kMeans(data, d, { k, rng, restarts: 2, ...(start ? { start } : {}) });
  // Clusters numbered by size, largest first, so that a run reads the same whatever the seed's order.
  const sizes = new Int32Array(k);
  for (const label of fit.labels) sizes[label]!++;
  const order = Array.from({ length: k }, (_, c) => c).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const rank = new Int32Array(k);
  order.forEach((c, r) => (rank[c] = r));
  const labels = new Int32Array(n);
  const distances = new Float64Array(n);
  const distanceSums = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    labels[i] = rank[fit.labels[i]!]!;
    distances[i] = Math.sqrt(fit.squared[i]!);
    distanceSums[labels[i]!]! += distances[i]!;
  }
  const clusters: SegmentCluster[] = order.map((c, r) => {
    const centroid = Array.from(fit.centroids.subarray(c * d, c * d + d));
    return {
      cluster: r,
      name: clusterName(centroid),
      size: sizes[c]!,
      centroid,
      ...shapeFacts(centroid),
      meanDistance: sizes[c]! > 0 ? distanceSums[r]! / sizes[c]! : 0,
    };
  });
  return { category, k, choice, scores, sample, clusters, members: Int32Array.from(rows), labels, distances };
}
