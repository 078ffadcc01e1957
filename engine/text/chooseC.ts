// The SVM's C chosen by an inner cross-validation on the training texts alone (never on the
// texts the model is then judged on): the C of the best inner accuracy, the smaller C on a tie.
import { fitClassifier } from './classifier.js';
import type { Doc } from './corpus.js';
import { accuracyOf, crossValidate } from './crossValidate.js';

export interface ChooseOptions {
  grid: number[];
  innerFolds: number;
  minDf: number;
  seed: number;
  /** The number of feature ids. */
  features: number;
}

export function chooseC(docs: Doc[], y: Int32Array, labels: string[], options: ChooseOptions): number {
  if (options.grid.length === 1) return options.grid[0];
  let best = options.grid[0];
  let bestAccuracy = -1;
  for (const c of [...options.grid].sort((a, b) => a - b)) {
    const cv = crossValidate(docs, y, options.innerFolds, options.seed, (d, t) => fitClassifier(d, t, labels, options.features, { c, minDf: options.minDf, seed: options.seed }));
    const accuracy = accuracyOf(y, cv.predicted);
    if (accuracy > bestAccuracy + 1e-9) {
      best = c;
      bestAccuracy = accuracy;
    }
  }
  return best;
}
