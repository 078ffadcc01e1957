// The supervised model of a theft score run as the Theft page's Model view shows it: whether it
// ran, what it learnt from (inspection and case outcomes), its weight per indicator, how its score
// was combined with the unsupervised one, and the outcomes recorded since (what a retrain adds).
import type { TheftScoreRunInfo } from './theftTypes.js';

export interface TheftModelWeight {
  code: string;
  /** The logistic model's coefficient on the indicator's robust contribution (null: no model). */
  coefficient: number | null;
  /** Units the indicator was computed for, and flagged, in the run. */
  computed: number;
  flagged: number;
}

export interface TheftModelView {
  run: TheftScoreRunInfo;
  /** Whether the supervised model ran (enough outcomes of both kinds). */
  supervised: boolean;
  /** Outcomes it had: theft or contract violation (positives) and cleared (negatives). */
  positives: number;
  negatives: number;
  /** Fewest of each kind it needs to fit. */
  minClass: number;
  intercept: number | null;
  weights: TheftModelWeight[];
  /** The supervised score's share of the combined score (null: not recorded with the run). */
  supervisedShare: number | null;
  /**
   * Outcomes recorded since the run was scored that a new run as of the same day learns from:
   * cases closed after it and inspections imported after it, dated on or before its as-of day.
   * `later`: those dated after it (a run as of a later day learns from them).
   */
  newOutcomes: { cases: number; inspections: number; later: number };
}
