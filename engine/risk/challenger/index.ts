// The challenger to the scorecard: gradient-boosted trees with log-loss on the same training
// rows (boost.ts), features encoded by encode.ts. Its state is plain JSON inside the RiskModel.
import type { ChallengerFacts } from '../../api/riskTypes.js';
import { GbmModel, type GbmState } from '../../forecast/math/gbm.js';
import type { FeatureTable } from '../model/types.js';
import { trainBoosted, boostDefaults, type BoostChoice } from './boost.js';
import { encodeTable, encodeTraining, fitEncoders, type FeatureEncoder } from './encode.js';

export const CHALLENGER_KIND = 'gbm-logistic';

export interface Challenger {
  kind: string;
  state: unknown;
}

interface GbmChallengerState {
  encoders: FeatureEncoder[];
  choice: BoostChoice;
  learningRate: number;
  trees: GbmState;
}

export function trainChallenger(table: FeatureTable, rows: Uint32Array, options: { seed: number; progress?: (f: number) => void }): Challenger {
  const target = table.target;
  if (!target) throw new Error('The challenger needs a table with a target to train on.');
  const encoders = fitEncoders(table, target, rows);
  const columns = encodeTraining(encoders, table, target, rows, options.seed);
  const local = Uint8Array.from(rows, (i) => target[i]!);
  const { model, choice } = trainBoosted(columns, local, options.seed, options.progress);
  const state: GbmChallengerState = { encoders, choice, learningRate: boostDefaults.learningRate, trees: model.state() };
  return { kind: CHALLENGER_KIND, state };
}

function stateOf(challenger: Challenger): GbmChallengerState {
  if (challenger.kind !== CHALLENGER_KIND) throw new Error(`Unknown challenger kind ${challenger.kind}: this version reads ${CHALLENGER_KIND}.`);
  return challenger.state as GbmChallengerState;
}

/** Probability of the bad outcome for every row of `table` (columns found by name). */
export function challengerProbabilities(challenger: Challenger, table: FeatureTable): Float64Array {
  const state = stateOf(challenger);
  const margins = GbmModel.fromState(state.trees).predictColumns(encodeTable(state.encoders, table), table.ids.length);
  for (let i = 0; i < margins.length; i++) margins[i] = 1 / (1 + Math.exp(-margins[i]!));
  return margins;
}

/** What the challenger is, in figures. */
export function challengerFacts(challenger: Challenger): ChallengerFacts {
  const { choice, learningRate, encoders } = stateOf(challenger);
  return {
    trees: choice.rounds,
    depth: choice.depth,
    learningRate,
    features: encoders.length,
    categorical: encoders.filter((e) => e.kind === 'categorical').length,
    chosenByCv: choice.logLoss !== null,
  };
}

/** What the challenger is, in a line (the command line and the benchmark). */
export function challengerSummary(challenger: Challenger): string {
  const f = challengerFacts(challenger);
  return (
    `gradient-boosted trees (log-loss): ${f.trees} trees of depth ${f.depth}, learning rate ${f.learningRate}, ` +
    `${f.features} features (${f.categorical} categorical, target-encoded); ` +
    (f.chosenByCv ? 'rounds and depth chosen by inner cross-validation' : 'too few rows to choose rounds and depth by inner cross-validation')
  );
}
