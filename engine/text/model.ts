// A trained ticket text classifier: how texts become features, the one-vs-rest SVMs over the
// features the training texts used (each named by its hash bucket), the confidence scale, and
// what cross-validation measured of the recipe.
import type { TextMetrics, TextTerm } from '../api/textTypes.js';
import { softmax } from './calibrate.js';
import { argmax, decide, type LinearClassifier } from './classifier.js';
import { toDoc } from './corpus.js';
import { termCounts, type FeatureOptions } from './features.js';

export interface TextModel {
  /** What the labels are: type, sentiment or a CSV's label column. */
  task: string;
  features: FeatureOptions;
  minDf: number;
  /** The SVM's C, chosen by inner cross-validation. */
  c: number;
  /** Softmax scale of the decision values (calibrate.ts). */
  scale: number;
  /** Feature id -> hash bucket. */
  buckets: Int32Array;
  classifier: LinearClassifier;
  rows: number;
  metrics: TextMetrics;
  topTerms: { label: string; terms: TextTerm[] }[];
}

export interface Prediction {
  label: string;
  confidence: number;
}

/** The classifier keeping only the features it uses (IDF above 0), renumbered. */
export function compactClassifier(classifier: LinearClassifier, buckets: Int32Array): { classifier: LinearClassifier; buckets: Int32Array } {
  const kept: number[] = [];
  classifier.idf.forEach((v, f) => v > 0 && kept.push(f));
  return {
    buckets: Int32Array.from(kept, (f) => buckets[f]),
    classifier: {
      labels: classifier.labels,
      idf: Float32Array.from(kept, (f) => classifier.idf[f]),
      weights: classifier.weights.map((w) => Float32Array.from(kept, (f) => w[f])),
      bias: classifier.bias,
    },
  };
}

/** Predicts texts, a label and its confidence each. */
export function textPredictor(model: TextModel): (texts: string[]) => Prediction[] {
  const idOf = new Map<number, number>();
  model.buckets.forEach((b, f) => idOf.set(b, f));
  return (texts) => {
    const docs = texts.map((t) => toDoc(termCounts(t, model.features), (b) => idOf.get(b)));
    return decide(model.classifier, docs).map((d) => {
      const p = softmax(d, model.scale);
      const best = argmax(p);
      return { label: model.classifier.labels[best], confidence: p[best] };
    });
  };
}
