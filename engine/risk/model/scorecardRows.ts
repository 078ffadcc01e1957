// The scorecard over a table: each selected feature's bin per row (one compiled lookup per
// feature, typed arrays throughout), the score (the points added up) and the log-odds of bad.
import { EngineError } from '../../api/errors.js';
import { binColumn } from '../scorecard/assign.js';
import type { FeatureBinning, FeatureTable, RiskModel } from './types.js';

export interface ScorecardRows {
  selected: FeatureBinning[];
  /** binsOf[f][row]: the row's bin index in selected[f]. */
  binsOf: Int32Array[];
  scores: Float64Array;
  /** ln(odds bad:good) = intercept + Σ coefficient × WOE, unrounded (the probability comes from it). */
  logits: Float64Array;
  willingness: Float64Array;
  ability: Float64Array;
}

export function scorecardRows(model: Pick<RiskModel, 'binnings' | 'intercept'>, table: FeatureTable): ScorecardRows {
  const selected = model.binnings.filter((b) => b.selected);
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  const absent = selected.filter((b) => !byName.has(b.feature)).map((b) => b.feature);
  if (absent.length > 0) {
    throw new EngineError('import.missing_columns', `The table lacks the column${absent.length > 1 ? 's' : ''} the model scores with: ${absent.join(', ')}.`, {
      columns: absent,
    });
  }
  const n = table.ids.length;
  const scores = new Float64Array(n);
  const logits = new Float64Array(n).fill(model.intercept);
  const willingness = new Float64Array(n);
  const ability = new Float64Array(n);
  const binsOf = selected.map((binning) => {
    const bins = binColumn(binning, byName.get(binning.feature)!);
    const points = Float64Array.from(binning.bins, (b) => b.points);
    const logit = Float64Array.from(binning.bins, (b) => binning.coefficient! * b.woe);
    // Features with no side count towards neither sub-score.
    const side = binning.side === 'willingness' ? willingness : binning.side === 'ability' ? ability : null;
    for (let i = 0; i < n; i++) {
      const bin = bins[i]!;
      scores[i]! += points[bin]!;
      logits[i]! += logit[bin]!;
      if (side) side[i]! += points[bin]!;
    }
    return bins;
  });
  // The points carry one decimal; sums of them should too, without floating-point dust.
  for (let i = 0; i < n; i++) {
    scores[i] = Math.round(scores[i]! * 10) / 10;
    willingness[i] = Math.round(willingness[i]! * 10) / 10;
    ability[i] = Math.round(ability[i]! * 10) / 10;
  }
  return { selected, binsOf, scores, logits, willingness, ability };
}

export function probabilitiesOf(logits: Float64Array): Float64Array {
  return logits.map((z) => 1 / (1 + Math.exp(-z)));
}
