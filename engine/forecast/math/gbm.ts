// Gradient-boosted trees, histogram-based: each feature is cut into at most `bins` quantile
// bins once, trees grow depth-first to `maxDepth` choosing the split with the best
// second-order gain, a child's histogram is its parent's minus its sibling's, and every tree
// sees a seeded random share of the rows. Deterministic for a given seed.
// Two losses: squared error (regression: the forecast's load) and log-loss (classification:
// the arrears challenger; trees add up log-odds, gradient y − p, hessian p(1 − p)). With
// squared error every row's hessian is 1, so the hessian sums are the row counts.
import { Random } from '../../demo/random.js';

export interface GbmOptions {
  rounds: number;
  learningRate: number;
  maxDepth: number;
  /** Fewest rows a leaf may hold. */
  minLeaf: number;
  /** L2 penalty on leaf values. */
  lambda: number;
  /** Share of rows each tree is grown on. */
  subsample: number;
  /** At most 255. */
  bins: number;
  seed: number;
  /** Called after each round with the fraction done; throw to cancel. */
  progress?: (fraction: number) => void;
  /** Default 'squared'; 'logistic' takes a 0/1 target and predicts log-odds. */
  loss?: 'squared' | 'logistic';
}

/** A trained ensemble as plain data (JSON-serialisable). */
export interface GbmState {
  base: number;
  roots: number[];
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export const defaultGbmOptions: GbmOptions = {
  rounds: 300,
  learningRate: 0.08,
  maxDepth: 6,
  minLeaf: 20,
  lambda: 1,
  subsample: 0.7,
  bins: 64,
  seed: 1,
};

/** Rows per block in predictColumns: a few features' blocks of 8-byte cells fit in L2. */
const PREDICT_BLOCK = 4096;

/** A trained ensemble: the trees as flat arrays, node 0 of each tree at `roots[k]`. */
export class GbmModel {
  constructor(
    readonly base: number,
    private readonly roots: number[],
    private readonly feature: Int32Array,
    private readonly threshold: Float64Array,
    private readonly left: Int32Array,
    private readonly right: Int32Array,
    private readonly value: Float64Array,
  ) {}

  get trees(): number {
    return this.roots.length;
  }

  static fromState(state: GbmState): GbmModel {
    return new GbmModel(
      state.base,
      state.roots,
      Int32Array.from(state.feature),
      Float64Array.from(state.threshold),
      Int32Array.from(state.left),
      Int32Array.from(state.right),
      Float64Array.from(state.value),
    );
  }

  state(): GbmState {
    return {
      base: this.base,
      roots: [...this.roots],
      feature: [...this.feature],
      threshold: [...this.threshold],
      left: [...this.left],
      right: [...this.right],
      value: [...this.value],
    };
  }

  /** Adds tree `tree`'s value for rows [from, to) of `columns[f][i]` to `sums[i]` (every row by default). */
  addTree(tree: number, columns: ArrayLike<number>[], sums: Float64Array, from = 0, to = sums.length): void {
    const root = this.roots[tree]!;
    const { feature, threshold, left, right, value } = this;
    for (let i = from; i < to; i++) {
      let node = root;
      while (feature[node]! >= 0) node = columns[feature[node]!]![i]! <= threshold[node]! ? left[node]! : right[node]!;
      sums[i] += value[node]!;
    }
  }

  /**
   * Predictions for every row of `columns[f][i]`: a block of rows at a time, every tree over the
   * block, so that the block's cells stay in cache while the trees read them.
   */
  predictColumns(columns: ArrayLike<number>[], rows: number): Float64Array {
    const sums = new Float64Array(rows).fill(this.base);
    for (let from = 0; from < rows; from += PREDICT_BLOCK) {
      const to = Math.min(rows, from + PREDICT_BLOCK);
      for (let k = 0; k < this.roots.length; k++) this.addTree(k, columns, sums, from, to);
    }
    return sums;
  }

  /** Prediction for one row of raw feature values. */
  predict(row: ArrayLike<number>): number {
    let sum = this.base;
    for (const root of this.roots) {
      let node = root;
      while (this.feature[node]! >= 0) node = row[this.feature[node]!]! <= this.threshold[node]! ? this.left[node]! : this.right[node]!;
      sum += this.value[node]!;
    }
    return sum;
  }
}

/** Upper edges of the bins of one feature: value x falls in the first bin whose edge is >= x. */
function binEdges(values: Float64Array, bins: number, random: Random): Float64Array {
  const sampleSize = Math.min(values.length, 20_000);
  const sample = new Float64Array(sampleSize);
  for (let i = 0; i < sampleSize; i++) sample[i] = values[sampleSize === values.length ? i : random.int(0, values.length - 1)]!;
  sample.sort();
  const distinct: number[] = [];
  for (let i = 0; i < sampleSize; i++) if (i === 0 || sample[i] !== sample[i - 1]) distinct.push(sample[i]!);
  const edges: number[] = [];
  if (distinct.length <= bins) {
    for (let i = 0; i + 1 < distinct.length; i++) edges.push((distinct[i]! + distinct[i + 1]!) / 2);
  } else {
    for (let j = 1; j < bins; j++) {
      const edge = sample[Math.floor((j * sampleSize) / bins)]!;
      if (edges.length === 0 || edge > edges[edges.length - 1]!) edges.push(edge);
    }
  }
  return Float64Array.from(edges);
}

function binOf(edges: Float64Array, x: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x <= edges[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Trains on `columns[f][i]` (feature f of row i) and `target[i]`. */
export function trainGbm(columns: Float64Array[], target: Float64Array, options: GbmOptions): GbmModel {
  const n = target.length;
  const featureCount = columns.length;
  const random = new Random(options.seed);
  const bins = Math.min(255, options.bins);
  const edges = columns.map((c) => binEdges(c, bins, random));
  // Row-major: a histogram pass reads each row's bins together.
  const binned = new Uint8Array(featureCount * n);
  for (let f = 0; f < featureCount; f++) for (let i = 0; i < n; i++) binned[i * featureCount + f] = binOf(edges[f]!, columns[f]![i]!);

  const logistic = options.loss === 'logistic';
  let base = 0;
  for (let i = 0; i < n; i++) base += target[i]!;
  base = n ? base / n : 0;
  if (logistic) {
    const rate = Math.min(1 - 1e-6, Math.max(1e-6, base));
    base = Math.log(rate / (1 - rate));
  }
  const prediction = new Float64Array(n).fill(base);
  const residual = new Float64Array(n);
  const hessian = logistic ? new Float64Array(n) : null;

  const nodes = { feature: [] as number[], bin: [] as number[], left: [] as number[], right: [] as number[], value: [] as number[] };
  const roots: number[] = [];
  const histSize = featureCount * (bins + 1);
  const rows = new Int32Array(n);
  const { lambda, minLeaf, maxDepth, learningRate } = options;

  interface Histogram {
    sums: Float64Array;
    counts: Float64Array;
    /** Hessian sums; the counts themselves under squared error. */
    hess: Float64Array;
  }
  const histogram = (from: number, to: number): Histogram => {
    const sums = new Float64Array(histSize);
    const counts = new Float64Array(histSize);
    const hess = hessian ? new Float64Array(histSize) : counts;
    const stride = bins + 1;
    for (let p = from; p < to; p++) {
      const i = rows[p]!;
      const g = residual[i]!;
      const offset = i * featureCount;
      if (hessian) {
        const w = hessian[i]!;
        for (let f = 0, h = 0; f < featureCount; f++, h += stride) {
          const b = h + binned[offset + f]!;
          sums[b] += g;
          counts[b]++;
          hess[b] += w;
        }
      } else {
        for (let f = 0, h = 0; f < featureCount; f++, h += stride) {
          const b = h + binned[offset + f]!;
          sums[b] += g;
          counts[b]++;
        }
      }
    }
    return { sums, counts, hess };
  };

  const newNode = () => {
    nodes.feature.push(-1);
    nodes.bin.push(0);
    nodes.left.push(-1);
    nodes.right.push(-1);
    nodes.value.push(0);
    return nodes.feature.length - 1;
  };

  // Grows the subtree of rows[from, to) whose histogram is `hist`; returns its node.
  const grow = (from: number, to: number, depth: number, hist: Histogram): number => {
    const node = newNode();
    const count = to - from;
    let total = 0;
    let totalHess = 0;
    for (let b = 0; b <= bins; b++) {
      // feature 0's bins hold every row
      total += hist.sums[b]!;
      totalHess += hist.hess[b]!;
    }
    nodes.value[node] = (learningRate * total) / (totalHess + lambda);
    if (depth >= maxDepth || count < 2 * minLeaf) return node;

    const parentScore = (total * total) / (totalHess + lambda);
    let bestGain = 1e-12;
    let bestFeature = -1;
    let bestBin = 0;
    for (let f = 0; f < featureCount; f++) {
      const h = f * (bins + 1);
      const last = edges[f]!.length; // bins in use: 0..last
      let sumLeft = 0;
      let countLeft = 0;
      let hessLeft = 0;
      for (let b = 0; b < last; b++) {
        sumLeft += hist.sums[h + b]!;
        countLeft += hist.counts[h + b]!;
        hessLeft += hist.hess[h + b]!;
        if (countLeft < minLeaf) continue;
        const countRight = count - countLeft;
        if (countRight < minLeaf) break;
        const sumRight = total - sumLeft;
        const hessRight = totalHess - hessLeft;
        const gain = (sumLeft * sumLeft) / (hessLeft + lambda) + (sumRight * sumRight) / (hessRight + lambda) - parentScore;
        if (gain > bestGain) {
          bestGain = gain;
          bestFeature = f;
          bestBin = b;
        }
      }
    }
    if (bestFeature < 0) return node;

    // Partition rows[from, to) in place: left (bin <= bestBin) first.
    let split = from;
    for (let p = from; p < to; p++) {
      const i = rows[p]!;
      if (binned[i * featureCount + bestFeature]! <= bestBin) {
        rows[p] = rows[split]!;
        rows[split++] = i;
      }
    }
    const leftSmaller = split - from <= to - split;
    const small = leftSmaller ? histogram(from, split) : histogram(split, to);
    const largeCounts = new Float64Array(histSize);
    const large: Histogram = { sums: new Float64Array(histSize), counts: largeCounts, hess: hessian ? new Float64Array(histSize) : largeCounts };
    for (let k = 0; k < histSize; k++) {
      large.sums[k] = hist.sums[k]! - small.sums[k]!;
      large.counts[k] = hist.counts[k]! - small.counts[k]!;
    }
    if (hessian) for (let k = 0; k < histSize; k++) large.hess[k] = hist.hess[k]! - small.hess[k]!;
    nodes.feature[node] = bestFeature;
    nodes.bin[node] = bestBin;
    const leftNode = grow(from, split, depth + 1, leftSmaller ? small : large);
    const rightNode = grow(split, to, depth + 1, leftSmaller ? large : small);
    nodes.left[node] = leftNode;
    nodes.right[node] = rightNode;
    return node;
  };

  for (let round = 0; round < options.rounds; round++) {
    if (hessian) {
      for (let i = 0; i < n; i++) {
        const p = 1 / (1 + Math.exp(-prediction[i]!));
        residual[i] = target[i]! - p;
        hessian[i] = p * (1 - p);
      }
    } else for (let i = 0; i < n; i++) residual[i] = target[i]! - prediction[i]!;
    let used = 0;
    for (let i = 0; i < n; i++) if (random.next() < options.subsample) rows[used++] = i;
    if (used < 2 * minLeaf) break;
    const root = grow(0, used, 0, histogram(0, used));
    roots.push(root);
    for (let i = 0; i < n; i++) {
      let node = root;
      while (nodes.feature[node]! >= 0) node = binned[i * featureCount + nodes.feature[node]!]! <= nodes.bin[node]! ? nodes.left[node]! : nodes.right[node]!;
      prediction[i] += nodes.value[node]!;
    }
    options.progress?.((round + 1) / options.rounds);
  }

  const threshold = nodes.bin.map((b, k) => (nodes.feature[k]! >= 0 ? edges[nodes.feature[k]!]![b]! : 0));
  return new GbmModel(
    base,
    roots,
    Int32Array.from(nodes.feature),
    Float64Array.from(threshold),
    Int32Array.from(nodes.left),
    Int32Array.from(nodes.right),
    Float64Array.from(nodes.value),
  );
}
