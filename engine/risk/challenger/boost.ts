// The challenger's gradient-boosted trees (engine/forecast/math/gbm.ts with log-loss), their
// shape chosen on the training rows alone: each candidate depth is trained on inner folds,
// the round with the lowest mean held-out log-loss wins (early stopping), and the winner is
// refitted on all the training rows for that many rounds. No outside validation rows are seen.
import { trainGbm, type GbmModel, type GbmOptions } from '../../forecast/math/gbm.js';
import { complement, stratifiedFolds } from '../validation/split.js';

export const boostDefaults = {
  firstRoundLimit: 250,
  maxRounds: 1000,
  learningRate: 0.05,
  depths: [2, 3] as const,
  minLeaf: 10,
  lambda: 1,
  subsample: 0.8,
  bins: 64,
  innerFolds: 3,
};

export interface BoostChoice {
  depth: number;
  rounds: number;
  /** Mean inner held-out log-loss at that round; null when the rows were too few to hold any out. */
  logLoss: number | null;
}

function options(depth: number, rounds: number, seed: number): GbmOptions {
  const d = boostDefaults;
  return { rounds, learningRate: d.learningRate, maxDepth: depth, minLeaf: d.minLeaf, lambda: d.lambda, subsample: d.subsample, bins: d.bins, seed, loss: 'logistic' };
}

function pick(columns: Float64Array[], rows: ArrayLike<number>): Float64Array[] {
  return columns.map((c) => Float64Array.from(rows, (k) => c[k]!));
}

/**
 * Adds the held-out log-loss (summed over rows) after each round to losses[r] (r + 1 trees);
 * a model that stopped early (too few rows for a subsample) keeps its last loss.
 */
function addStagedLogLoss(model: GbmModel, columns: Float64Array[], target: Float64Array, losses: Float64Array): void {
  const margins = new Float64Array(target.length).fill(model.base);
  let loss = NaN;
  for (let t = 0; t < losses.length; t++) {
    if (t < model.trees || t === 0) {
      if (t < model.trees) model.addTree(t, columns, margins);
      loss = 0;
      for (let i = 0; i < margins.length; i++) {
        const m = margins[i]!;
        // −log p(y) for log-odds m, written to stay finite for large |m|.
        loss += Math.max(m, 0) - m * target[i]! + Math.log1p(Math.exp(-Math.abs(m)));
      }
    }
    losses[t] += loss;
  }
}

/** columns[f][k] and target[k] are the training rows. */
export function trainBoosted(
  columns: Float64Array[],
  target: Uint8Array,
  seed: number,
  progress?: (fraction: number) => void,
): { model: GbmModel; choice: BoostChoice } {
  const d = boostDefaults;
  const y = Float64Array.from(target);
  const folds = target.length >= 10 * d.innerFolds ? stratifiedFolds(target, d.innerFolds, seed) : [];
  let fits = d.depths.length * folds.length + 1;
  let done = 0;
  const step = (f: number) => progress?.((done + f) / fits);

  // Inner fits run to a round limit that doubles while the best round sits near it (a weak
  // signal needs many small steps; most tables stop well before the first limit).
  let choice: BoostChoice = { depth: d.depths[0], rounds: Math.round(d.firstRoundLimit / 2), logLoss: null };
  for (let limit = d.firstRoundLimit; folds.length > 0; limit *= 2) {
    for (const depth of d.depths) {
      const losses = new Float64Array(limit);
      for (const fold of folds) {
        const train = complement(target.length, fold);
        const model = trainGbm(pick(columns, train), Float64Array.from(train, (k) => y[k]!), { ...options(depth, limit, seed), progress: step });
        addStagedLogLoss(model, pick(columns, fold), Float64Array.from(fold, (k) => y[k]!), losses);
        done++;
      }
      for (let r = 0; r < losses.length; r++) {
        const mean = losses[r]! / target.length;
        if (choice.logLoss === null || mean < choice.logLoss) choice = { depth, rounds: r + 1, logLoss: mean };
      }
    }
    if (choice.rounds <= 0.8 * limit || limit * 2 > d.maxRounds) break;
    fits += d.depths.length * folds.length;
  }
  const model = trainGbm(columns, y, { ...options(choice.depth, choice.rounds, seed), progress: step });
  progress?.(1);
  return { model, choice };
}
