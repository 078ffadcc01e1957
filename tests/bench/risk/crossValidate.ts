// k-fold stratified cross-validation of the whole training path: on each fold trainRiskModel
// (scorecard and challenger) sees only the other folds, and both predict the held-out fold.
import { challengerProbabilities } from '../../../engine/risk/challenger/index.js';
import { scorecardProbabilities } from '../../../engine/risk/model/score.js';
import { trainRiskModel } from '../../../engine/risk/model/train.js';
import type { ClassMetrics, FeatureTable, RiskModel } from '../../../engine/risk/model/types.js';
import { classMetrics } from '../../../engine/risk/validation/metrics.js';
import { complement, stratifiedFolds } from '../../../engine/risk/validation/split.js';

export interface FoldResult {
  scorecard: ClassMetrics;
  challenger: ClassMetrics;
  challengerSummary: string;
  seconds: number;
}

/** The rows `rows` of `table`, in that order. */
export function subTable(table: FeatureTable, rows: Uint32Array): FeatureTable {
  return {
    ids: Array.from(rows, (i) => table.ids[i]!),
    target: table.target ? Uint8Array.from(rows, (i) => table.target![i]!) : null,
    columns: table.columns.map((c) =>
      c.kind === 'numeric' ? { ...c, values: Float64Array.from(rows, (i) => c.values[i]!) } : { ...c, values: Array.from(rows, (i) => c.values[i]!) },
    ),
  };
}

export function crossValidate(
  table: FeatureTable,
  folds: number,
  seed: number,
  summary: (model: RiskModel) => string,
): FoldResult[] {
  const target = table.target!;
  return stratifiedFolds(target, folds, seed).map((held) => {
    const t0 = performance.now();
    const train = subTable(table, complement(target.length, held));
    const test = subTable(table, held);
    // The held-out fold is the validation: the model trains on every row of the others.
    const model = trainRiskModel(train, { seed, validationShare: 0 });
    const seconds = (performance.now() - t0) / 1000;
    return {
      scorecard: classMetrics(scorecardProbabilities(model, test), test.target!),
      challenger: classMetrics(challengerProbabilities(model.challenger, test), test.target!),
      challengerSummary: summary(model),
      seconds,
    };
  });
}
