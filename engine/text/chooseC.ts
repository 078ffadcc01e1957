// The SVM's C chosen by an inner cross-validation on the training texts alone (never on the
// texts the model is then judged on): the C of the best inner accuracy, the smaller C on a tie.
// Each inner fold's vectors are made once and every C trained on them.
import { argmax, decide, fitPrepared, prepare } from './classifier.js';
import type { Doc } from './corpus.js';
import { pick, stratifiedFolds } from './folds.js';

export interface ChooseOptions {
  grid: number[];
  innerFolds: number;
  minDf: number;
  seed: number;
  /** The number of feature ids. */
  features: number;
}

export function chooseC(docs: Doc[], y: Int32Array, labels: string[], options: ChooseOptions): number {
  const grid = [...options.grid].sort((a, b) => a - b);
  if (grid.length === 1) return grid[0];
  const correct = grid.map(() => 0);
  const fold = stratifiedFolds(y, options.innerFolds, options.seed);
  for (let f = 0; f < options.innerFolds; f++) {
    const train: number[] = [];
    const test: number[] = [];
    fold.forEach((g, i) => (g === f ? test : train).push(i));
    const prepared = prepare(pick(docs, train), options.features, options.minDf);
    const t = Int32Array.from(train, (i) => y[i]);
    const held = pick(docs, test);
    grid.forEach((c, g) => {
      decide(fitPrepared(prepared, t, labels, c, options.seed), held).forEach((d, k) => {
        if (argmax(d) === y[test[k]]) correct[g]++;
      });
    });
  }
  let best = 0;
  for (let g = 1; g < grid.length; g++) if (correct[g] > correct[best]) best = g;
  return grid[best];
}
