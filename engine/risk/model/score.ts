// Scoring a table with a trained model: the scorecard's probability, score, grade, sub-scores and
// reason codes per row, and the challenger's probability beside them.
import { challengerProbabilities } from '../challenger/index.js';
import { gradeOf } from '../scorecard/grades.js';
import { reasonsOf, reasonTable } from '../scorecard/reasons.js';
import { probabilitiesOf, scorecardRows } from './scorecardRows.js';
import type { FeatureTable, RiskModel, RiskScore } from './types.js';

export function scorecardProbabilities(model: RiskModel, table: FeatureTable): Float64Array {
  return probabilitiesOf(scorecardRows(model, table).logits);
}

export function scoreRiskModel(model: RiskModel, table: FeatureTable): RiskScore[] {
  const rows = scorecardRows(model, table);
  const probabilities = probabilitiesOf(rows.logits);
  const challenger = challengerProbabilities(model.challenger, table);
  const reasons = reasonTable(rows.selected);
  const out: RiskScore[] = new Array(table.ids.length);
  for (let i = 0; i < table.ids.length; i++) {
    out[i] = {
      id: table.ids[i]!,
      probability: probabilities[i]!,
      score: rows.scores[i]!,
      grade: gradeOf(model.gradeCuts, rows.scores[i]!),
      willingness: rows.willingness[i]!,
      ability: rows.ability[i]!,
      challengerProbability: challenger[i]!,
      reasons: reasonsOf(reasons, rows.binsOf, i),
    };
  }
  return out;
}
