// The benchmark's figures for one scored workspace: AUC and precision at the top of the list.
import { auc, precisionAtK, topCount, type Scored } from '../../../engine/theft/evaluation/metrics.js';

export interface Evaluation {
  auc: number;
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

export function evaluate(scores: Map<string, number>, population: string[], positives: Set<string>): Evaluation {
  const items = scoredPopulation(scores, population, positives);
  return {
    auc: auc(items),
    precisionTop5: precisionAtK(items, topCount(items.length, 0.05)),
    population: items.length,
    positives: items.filter((x) => x.positive).length,
  };
}

export const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
