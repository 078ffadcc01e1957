// The Model view's figures, as pure functions of the theft.model answer: the weights strongest
// first with each one's share of the largest (for its bar), the outcomes a retrain adds, and the
// shares of the combined score.
import type { TheftModelView, TheftModelWeight } from '../../../../engine/api/theftModelTypes.js';

export interface WeightRow extends TheftModelWeight {
  /** coefficient / the largest coefficient, in [0, 1] (0 without a model). */
  share: number;
}

/** Strongest first (the detector's order without a model). */
export function weightRows(view: Pick<TheftModelView, 'weights'>): WeightRow[] {
  const largest = Math.max(0, ...view.weights.map((w) => w.coefficient ?? 0));
  const rows = view.weights.map((w) => ({ ...w, share: largest > 0 && w.coefficient !== null ? Math.max(0, w.coefficient) / largest : 0 }));
  return rows.some((r) => r.coefficient !== null) ? rows.sort((a, b) => (b.coefficient ?? 0) - (a.coefficient ?? 0)) : rows;
}

/** Outcomes recorded since the run that a retrain as of its day learns from. */
export function newOutcomeCount(view: Pick<TheftModelView, 'newOutcomes'>): number {
  return view.newOutcomes.cases + view.newOutcomes.inspections;
}

/** The unsupervised and supervised shares of the combined score (null: the model did not run, or the shares were not recorded). */
export function scoreShares(view: Pick<TheftModelView, 'supervised' | 'supervisedShare'>): { unsupervised: number; supervised: number } | null {
  if (!view.supervised || view.supervisedShare === null) return null;
  return { unsupervised: 1 - view.supervisedShare, supervised: view.supervisedShare };
}
