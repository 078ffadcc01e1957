// A binary linear SVM with the squared hinge loss and L2 regularisation, solved in the dual by
// coordinate descent (Hsieh et al. 2008, liblinear's L2R_L2LOSS_SVC_DUAL): one pass over the
// texts costs one sparse dot product each, so 10,000 texts train in milliseconds. The bias is a
// constant feature of value 1 (regularised like the others, as liblinear does).
import { Random } from '../demo/random.js';
import { dot, squaredNorm, type SparseVector } from './sparse.js';

export interface SvmOptions {
  /** Inverse regularisation strength. */
  c: number;
  maxEpochs: number;
  /** Stop when the projected gradient's spread falls under this. */
  tolerance: number;
  seed: number;
}

export interface BinarySvm {
  /** One weight per feature. */
  weights: Float64Array;
  bias: number;
}

/** y[i] true for the positive class. */
export function trainBinarySvm(x: SparseVector[], y: boolean[], features: number, options: SvmOptions): BinarySvm {
  const n = x.length;
  const w = new Float64Array(features);
  let bias = 0;
  const alpha = new Float64Array(n);
  const diag = 1 / (2 * options.c);
  const qii = x.map((xi) => squaredNorm(xi) + 1 + diag);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const rng = new Random(options.seed);
  for (let epoch = 0; epoch < options.maxEpochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng.next() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    let maxPg = -Infinity;
    let minPg = Infinity;
    for (const i of order) {
      const yi = y[i] ? 1 : -1;
      const xi = x[i];
      const g = yi * (dot(w, xi) + bias) - 1 + diag * alpha[i];
      const pg = alpha[i] === 0 ? Math.min(g, 0) : g;
      maxPg = Math.max(maxPg, pg);
      minPg = Math.min(minPg, pg);
      if (Math.abs(pg) < 1e-12) continue;
      const old = alpha[i];
      alpha[i] = Math.max(old - g / qii[i], 0);
      const step = (alpha[i] - old) * yi;
      if (step === 0) continue;
      for (let k = 0; k < xi.index.length; k++) w[xi.index[k]] += step * xi.value[k];
      bias += step;
    }
    if (maxPg - minPg < options.tolerance) break;
  }
  return { weights: w, bias };
}
