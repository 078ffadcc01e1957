// The supervised model, where inspections give outcomes: a weighted logistic regression on the
// indicators' robust contributions, each inspected customer's features computed as of the day
// before its inspection (the view ends there), so that nothing the inspection caused (a new
// meter, back-billing) leaks into what it is trained on.
import type { Evidence } from '../evidence/load.js';
import { featureVector, unitIndicators } from '../indicators/index.js';
import { unitView } from '../indicators/view.js';
import { indicatorCodes } from '../types.js';
import { fitLogistic, type LogisticModel } from './logistic.js';
import { contributions, type RobustModel } from './robust.js';

/** Fewest positives and negatives to fit on: below them the score stays unsupervised. */
export const MIN_CLASS = 5;
/** Fewest days of history before an inspection for its features to mean anything. */
const MIN_HISTORY_DAYS = 84;

export interface TrainingSet {
  x: Float64Array;
  y: Uint8Array;
  units: number[];
  days: number[];
}

/** The labelled rows: features as of each inspection day. */
export function trainingSet(ev: Evidence, robust: RobustModel): TrainingSet {
  const k = indicatorCodes.length;
  const rows: Float64Array[] = [];
  const y: number[] = [];
  const units: number[] = [];
  const days: number[] = [];
  for (const label of ev.labels) {
    const end = ev.line.index(label.day);
    if (end < MIN_HISTORY_DAYS) continue;
    const { indicators } = unitIndicators(unitView(ev, label.unit, Math.min(end, ev.line.length)));
    rows.push(contributions(robust, featureVector(indicators)));
    y.push(label.positive ? 1 : 0);
    units.push(label.unit);
    days.push(label.day);
  }
  const x = new Float64Array(rows.length * k);
  rows.forEach((r, i) => x.set(r, i * k));
  return { x, y: Uint8Array.from(y), units, days };
}

export interface SupervisedFit {
  model: LogisticModel | null;
  positives: number;
  negatives: number;
}

/**
 * Fits on the indicators the labels can speak for: those that fired (a contribution of at least
 * 1) for MIN_CLASS labelled positives. An indicator no inspection has seen on a thief yet (an
 * attack no inspection caught) cannot be learnt from them: it gets the mean weight of the
 * learnt ones rather than none, so that the model does not bury what only the unsupervised
 * score sees.
 */
export function fitSupervised(set: TrainingSet): SupervisedFit {
  const positives = set.y.reduce((s, v) => s + v, 0);
  const negatives = set.y.length - positives;
  if (positives < MIN_CLASS || negatives < MIN_CLASS) return { model: null, positives, negatives };
  const k = indicatorCodes.length;
  const supported = indicatorCodes.map((_, j) => set.y.reduce((n, y, i) => n + (y === 1 && set.x[i * k + j]! >= 1 ? 1 : 0), 0) >= MIN_CLASS);
  if (!supported.some(Boolean)) return { model: null, positives, negatives };
  // An unsupported indicator's column is zeroed: the penalty then keeps its coefficient at 0 in the fit.
  const x = set.x.map((v, i) => (supported[i % k] ? v : 0));
  const model = fitLogistic(x, set.y, k, { nonNegative: true });
  let sum = 0;
  supported.forEach((s, j) => s && (sum += model.coefficients[j + 1]!));
  const learnt = sum / supported.filter(Boolean).length;
  supported.forEach((s, j) => !s && (model.coefficients[j + 1] = learnt));
  return { model, positives, negatives };
}
