// A run's scored customers as the collection list, the profile and the export show them: the
// score row with the archive's name (masked as the Theft suspects list masks it), category,
// industry and area, and the analyst's grade where one was set. An adjustment is of the customer,
// not of a run: the latest one applies to every run shown until another replaces it.
import type { ReasonCode, RiskCustomerRow, RiskGrade } from '../../api/riskTypes.js';
import { maskName } from '../../catalog/mask.js';
import type { SavedScoreRow } from '../store/scores.js';

/** Each customer's latest adjustment (a CTE; the index on customer_id, adjustment_id serves it). */
export const adjustedCte = `adjusted AS (
  SELECT customer_id, grade FROM risk_adjustments
  WHERE adjustment_id IN (SELECT max(adjustment_id) FROM risk_adjustments GROUP BY customer_id)
)`;

/** The grade that counts: the analyst's where one was set, else the run's. */
export const effectiveGrade = 'coalesce(adj.grade, s.grade)';

/** From a run's scores with the archive and the adjustments joined (s, c, adj). */
export const scoredFrom = `risk_scores s
  LEFT JOIN customers c ON c.customer_id = s.customer_id
  LEFT JOIN adjusted adj ON adj.customer_id = s.customer_id`;

/** The columns a row needs (not the stored feature values, which only the profile reads). */
export const rowColumns = `s.run_id, s.customer_id, s.probability, s.score, s.grade, s.willingness, s.ability,
  s.challenger_probability, s.outstanding_yuan, s.expected_loss_yuan, s.reasons,
  c.name, c.category, c.industry, c.area_id, adj.grade AS adjusted_grade`;

/** The row `rowColumns` selects: the stored score row without its feature values, with the archive's fields. */
export interface CustomerRowData extends Omit<SavedScoreRow, 'features'> {
  run_id: number;
  name: string | null;
  category: string | null;
  industry: string | null;
  area_id: string | null;
  adjusted_grade: string | null;
}

export function customerRow(r: CustomerRowData): RiskCustomerRow {
  return {
    runId: r.run_id,
    customerId: r.customer_id,
    customerName: r.name === null ? null : maskName(r.name),
    category: r.category,
    industry: r.industry,
    areaId: r.area_id,
    score: r.score,
    probability: r.probability,
    challengerProbability: r.challenger_probability,
    grade: r.grade as RiskGrade,
    adjustedGrade: r.adjusted_grade as RiskGrade | null,
    willingness: r.willingness,
    ability: r.ability,
    outstandingYuan: r.outstanding_yuan,
    expectedLossYuan: r.expected_loss_yuan,
    reasons: JSON.parse(r.reasons) as ReasonCode[],
  };
}
