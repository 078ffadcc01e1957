// k-fold cross-validation of a fitting recipe: each fold is predicted by a model fitted on the
// other folds only (its vocabulary, IDF and C included), giving out-of-fold decision values.
import { argmax, decide, type LinearClassifier } from './classifier.js';
import type { Doc } from './corpus.js';
import { pick, stratifiedFolds } from './folds.js';

export type Fitter = (docs: Doc[], y: Int32Array) => LinearClassifier;

export interface CrossValidation {
  /** Each text's decision values from the model that did not see it. */
  decisions: Float64Array[];
  predicted: Int32Array;
}

export function crossValidate(
  docs: Doc[],
  y: Int32Array,
  k: number,
  seed: number,
  fit: Fitter,
  onFold?: (done: number) => void,
): CrossValidation {
  const fold = stratifiedFolds(y, k, seed);
  const decisions: Float64Array[] = new Array(docs.length);
  for (let f = 0; f < k; f++) {
    const train: number[] = [];
    const test: number[] = [];
    fold.forEach((g, i) => (g === f ? test : train).push(i));
    const model = fit(pick(docs, train), Int32Array.from(train, (i) => y[i]));
    decide(model, pick(docs, test)).forEach((d, t) => (decisions[test[t]] = d));
    onFold?.(f + 1);
  }
  return { decisions, predicted: Int32Array.from(decisions, argmax) };
}

export function accuracyOf(y: Int32Array, predicted: Int32Array): number {
  let correct = 0;
  for (let i = 0; i < y.length; i++) if (y[i] === predicted[i]) correct++;
  return y.length > 0 ? correct / y.length : 0;
}
