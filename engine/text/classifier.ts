// One-vs-rest linear SVMs over TF-IDF vectors: one weight vector per label (a single one for two
// labels, whose decision is the second label's score and minus it the first's).
import type { Doc } from './corpus.js';
import { fitIdf, tfidfVector } from './tfidf.js';
import { trainBinarySvm } from './svm.js';
import { dot, type SparseVector } from './sparse.js';

export interface LinearClassifier {
  labels: string[];
  /** IDF per feature id (0: the feature is not used). */
  idf: Float32Array;
  /** Per weight vector, one weight per feature id. */
  weights: Float32Array[];
  bias: number[];
}

export interface FitOptions {
  c: number;
  minDf: number;
  seed: number;
}

/** Training texts as TF-IDF vectors, the IDF learnt from them. */
export interface Prepared {
  idf: Float32Array;
  x: SparseVector[];
  features: number;
}

export function prepare(docs: Doc[], features: number, minDf: number): Prepared {
  const idf = fitIdf(docs, features, minDf);
  return { idf, x: docs.map((d) => tfidfVector(d, idf)), features };
}

/** The SVMs on prepared texts; y: each text's label number (into labels). */
export function fitPrepared(prepared: Prepared, y: Int32Array, labels: string[], c: number, seed: number): LinearClassifier {
  const targets = labels.length === 2 ? [1] : labels.map((_, l) => l);
  const weights: Float32Array[] = [];
  const bias: number[] = [];
  for (const target of targets) {
    const svm = trainBinarySvm(prepared.x, Array.from(y, (l) => l === target), prepared.features, { c, maxEpochs: 50, tolerance: 0.1, seed: seed + target });
    weights.push(Float32Array.from(svm.weights));
    bias.push(svm.bias);
  }
  return { labels, idf: prepared.idf, weights, bias };
}

/** features: the number of feature ids. */
export function fitClassifier(docs: Doc[], y: Int32Array, labels: string[], features: number, options: FitOptions): LinearClassifier {
  return fitPrepared(prepare(docs, features, options.minDf), y, labels, options.c, options.seed);
}

/** The decision value of each label for one text's vector. */
export function decisions(model: LinearClassifier, x: SparseVector): Float64Array {
  const out = new Float64Array(model.labels.length);
  if (model.labels.length === 2) {
    const d = dot(model.weights[0], x) + model.bias[0];
    out[0] = -d;
    out[1] = d;
    return out;
  }
  for (let l = 0; l < out.length; l++) out[l] = dot(model.weights[l], x) + model.bias[l];
  return out;
}

export function decide(model: LinearClassifier, docs: Doc[]): Float64Array[] {
  return docs.map((d) => decisions(model, tfidfVector(d, model.idf)));
}

export function argmax(values: Float64Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}
