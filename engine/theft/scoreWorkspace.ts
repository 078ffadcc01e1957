// Scores every unit of a workspace as of a day: loads the evidence, computes each unit's
// indicators, the unsupervised robust score, the supervised model where inspections give
// enough labels, their combination, the top reasons, the estimated loss, and the ranking.
import { formatDay, type Day } from '../core/calendar.js';
import { EngineError } from '../api/errors.js';
import type { Db } from '../store/database.js';
import { loadEvidence, type Evidence } from './evidence/load.js';
import { featureVector, unitIndicators } from './indicators/index.js';
import { unitView } from './indicators/view.js';
import { estimateLoss, type LossEstimate } from './loss.js';
import { ranks } from './rank.js';
import { categoryTou, timeOfUseUnits } from './touTariff.js';
import { predictLogistic } from './score/logistic.js';
import { contributions, fitRobust, robustScore, type RobustModel } from './score/robust.js';
import { fitSupervised, trainingSet, type SupervisedFit } from './score/supervised.js';
import { indicatorCodes, type Indicator, type Reason, type ScoredUnit } from './types.js';

export interface ScoredSuspect {
  unit: ScoredUnit;
  rank: number;
  score: number;
  unsupervised: number;
  supervised: number | null;
  loss: LossEstimate;
  changeDay: Day | null;
  /** Indicators that weighed in the score, strongest first. */
  reasons: Reason[];
  indicators: Indicator[];
}

export interface ScoreDetail {
  seconds: number;
  has: Evidence['has'];
  period: { from: string; to: string };
  indicators: Record<string, { computed: number; flagged: number; median: number; spread: number; coefficient: number | null }>;
  model: { kind: 'robust' | 'robust+logistic'; positives: number; negatives: number; intercept: number | null };
}

export interface ScoreResult {
  asOf: Day;
  units: number;
  supervised: boolean;
  /** Inspections used as labels. */
  labels: number;
  /** Ranked, rank 1 first. */
  suspects: ScoredSuspect[];
  detail: ScoreDetail;
}

export interface ScoreOptions {
  asOf?: Day;
  progress?: (fraction: number, message: string) => void;
}

/** A reason needs at least this contribution (a robust z of 1 at full weight). */
const MIN_REASON = 1;
/** The supervised model's share of the combined score. */
export const SUPERVISED_SHARE = 0.5;

export function scoreWorkspace(db: Db, options: ScoreOptions = {}): ScoreResult {
  const started = performance.now();
  const progress = options.progress ?? (() => {});
  const ev = loadEvidence(db, options.asOf ?? null, progress);
  if (!ev) throw new EngineError('theft.no_data', 'The workspace holds no consumption to score: import daily consumption or interval load first.');
  const k = indicatorCodes.length;
  const n = ev.units.length;
  const features = new Float64Array(n * k);
  const found: { indicators: Indicator[]; loss: LossEstimate; changeDay: Day | null }[] = [];
  const onTou = ev.has.curves ? timeOfUseUnits(db, ev.units) : null;
  for (let u = 0; u < n; u++) {
    if (u % 2000 === 0) progress(0.5 + (0.35 * u) / n, `Indicators: ${u} of ${n}`);
    const view = unitView(ev, u);
    const { indicators, drop } = unitIndicators(view);
    features.set(featureVector(indicators), u * k);
    const tou = onTou?.[u] ? categoryTou(view.unit.category) : null;
    found.push({ indicators, loss: estimateLoss(view, drop, tou), changeDay: view.changeDay });
  }
  progress(0.85, 'Scores');
  const robust = fitRobust(features, n);
  const set = trainingSet(ev, robust);
  const fit = fitSupervised(set);
  const contribution = new Float64Array(k);
  const suspects: ScoredSuspect[] = found.map((f, u) => {
    const row = features.subarray(u * k, (u + 1) * k);
    contributions(robust, row, contribution);
    const unsupervised = robustScore(contribution, row);
    const supervised = fit.model ? predictLogistic(fit.model, contribution) : null;
    const score = supervised === null ? unsupervised : (1 - SUPERVISED_SHARE) * unsupervised + SUPERVISED_SHARE * supervised;
    return {
      unit: ev.units[u]!,
      rank: 0,
      score,
      unsupervised,
      supervised,
      loss: f.loss,
      changeDay: f.changeDay,
      reasons: reasonsOf(contribution, f.indicators),
      indicators: f.indicators,
    };
  });
  const rank = ranks(suspects.map((s) => ({ score: s.score, lossKwh: s.loss.kwh, lossYuan: s.loss.yuan })));
  suspects.forEach((s, i) => (s.rank = rank[i]!));
  suspects.sort((a, b) => a.rank - b.rank);
  progress(1, 'Scored');
  return {
    asOf: ev.asOf,
    units: n,
    supervised: fit.model !== null,
    labels: set.y.length,
    suspects,
    detail: detailOf(ev, features, robust, fit, (performance.now() - started) / 1000),
  };
}

function reasonsOf(contribution: Float64Array, indicators: Indicator[]): Reason[] {
  const reasons: Reason[] = [];
  for (const indicator of indicators) {
    const weight = contribution[indicatorCodes.indexOf(indicator.code)]!;
    if (weight >= MIN_REASON) reasons.push({ code: indicator.code, weight: Math.round(weight * 100) / 100, message: indicator.message, details: indicator.details });
  }
  return reasons.sort((a, b) => b.weight - a.weight);
}

function detailOf(ev: Evidence, features: Float64Array, robust: RobustModel, fit: SupervisedFit, seconds: number): ScoreDetail {
  const k = indicatorCodes.length;
  const indicators: ScoreDetail['indicators'] = {};
  indicatorCodes.forEach((code, j) => {
    let computed = 0;
    let flagged = 0;
    for (let u = 0; u < ev.units.length; u++) {
      const v = features[u * k + j]!;
      if (Number.isNaN(v)) continue;
      computed++;
      if ((v - robust.median[j]!) / robust.spread[j]! >= MIN_REASON) flagged++;
    }
    indicators[code] = {
      computed,
      flagged,
      median: robust.median[j]!,
      spread: robust.spread[j]!,
      coefficient: fit.model ? fit.model.coefficients[j + 1]! : null,
    };
  });
  return {
    seconds: Math.round(seconds * 100) / 100,
    has: ev.has,
    period: { from: formatDay(ev.line.first), to: formatDay(ev.line.last) },
    indicators,
    model: {
      kind: fit.model ? 'robust+logistic' : 'robust',
      positives: fit.positives,
      negatives: fit.negatives,
      intercept: fit.model ? fit.model.coefficients[0]! : null,
    },
  };
}
