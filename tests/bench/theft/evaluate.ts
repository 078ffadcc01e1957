// The benchmark's figures for one scored workspace: AUC and precision at the top of the list.
import { auc, precisionAtK, topCount, type Scored } from '../../../engine/theft/evaluation/metrics.js';
import type { ScoreRun } from './score.js';

export interface Evaluation {
  auc: number;
  /** Per reason code, the share of positives and of negatives whose reasons hold it, most telling first. */
  reasons: ReasonShare[];
  /** Precision at the top 5 % of the population. */
  precisionTop5: number;
  population: number;
  positives: number;
}

/**
 * Scores of the population (customers the detector must rank; one it left out or scored
 * blank counts as least suspicious of all), the positives among them.
 */
export function scoredPopulation(scores: Map<string, number>, population: string[], positives: Set<string>): Scored[] {
  return population.map((id) => {
    const score = scores.get(id);
    return { score: score === undefined || Number.isNaN(score) ? -Infinity : score, positive: positives.has(id) };
  });
}

export interface ReasonShare {
  code: string;
  positives: number;
  negatives: number;
}

export function evaluate(run: Pick<ScoreRun, 'scores' | 'reasons'>, population: string[], positives: Set<string>): Evaluation {
  const items = scoredPopulation(run.scores, population, positives);
  return {
    auc: auc(items),
    reasons: reasonShares(run.reasons, population, positives),
    precisionTop5: precisionAtK(items, topCount(items.length, 0.05)),
    population: items.length,
    positives: items.filter((x) => x.positive).length,
  };
}

/**
 * How often each reason is given to positives and to negatives: an indicator that finds the
 * attack shows a high first share and a low second; a weak AUC beside one says the combined
 * score, not the indicator, loses the victims.
 */
export function reasonShares(reasons: Map<string, string[]>, population: string[], positives: Set<string>): ReasonShare[] {
  const counts = new Map<string, [number, number]>();
  let nPositive = 0;
  for (const id of population) {
    const side = positives.has(id) ? 0 : 1;
    if (side === 0) nPositive++;
    for (const code of reasons.get(id) ?? []) {
      const c = counts.get(code) ?? [0, 0];
      c[side]++;
      counts.set(code, c);
    }
  }
  const nNegative = population.length - nPositive;
  return [...counts]
    .map(([code, [p, n]]) => ({ code, positives: p / nPositive, negatives: n / nNegative }))
    .sort((a, b) => b.positives - b.negatives - (a.positives - a.negatives));
}

export const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
