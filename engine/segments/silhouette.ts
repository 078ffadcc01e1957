// The silhouette (Rousseeuw 1987) of a clustering on a sample of rows: for each row, a = mean
// distance to the rest of its cluster, b = the lowest mean distance to another cluster, and
// s = (b - a) / max(a, b) (0 for a row alone in its cluster). The criterion that chooses k is
// the mean s over the sample: near 1 for well separated clusters, near 0 for overlapping ones.
// The pairwise distances are computed once per sample and shared by every k tried.

/** Euclidean distances between the m rows of a row-major sample, as a full m × m matrix. */
export function pairwiseDistances(sample: Float32Array, d: number): Float32Array {
  const m = sample.length / d;
  const out = new Float32Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      let s = 0;
      for (let t = 0; t < d; t++) {
        const delta = sample[i * d + t]! - sample[j * d + t]!;
        s += delta * delta;
      }
      const dist = Math.sqrt(s);
      out[i * m + j] = dist;
      out[j * m + i] = dist;
    }
  }
  return out;
}

/** Mean silhouette of the labels (0..k-1) over the m rows whose distances are given. */
export function meanSilhouette(distances: Float32Array, labels: Int32Array, k: number): number {
  const m = labels.length;
  if (m < 2 || k < 2) return 0;
  const sizes = new Float64Array(k);
  for (let i = 0; i < m; i++) sizes[labels[i]!]!++;
  const sums = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < m; i++) {
    sums.fill(0);
    const row = i * m;
    for (let j = 0; j < m; j++) sums[labels[j]!]! += distances[row + j]!;
    const own = labels[i]!;
    if (sizes[own]! <= 1) continue;
    const a = sums[own]! / (sizes[own]! - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c]! > 0) b = Math.min(b, sums[c]! / sizes[c]!);
    if (!Number.isFinite(b)) continue;
    const top = Math.max(a, b);
    total += top > 0 ? (b - a) / top : 0;
  }
  return total / m;
}
