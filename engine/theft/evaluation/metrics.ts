// How well a suspicion score separates known thieves from the rest: the area under the ROC
// curve and the precision of the top of the ranked list, the two figures of issue 4's
// benchmark. Both treat tied scores as the detector's indecision, never as luck: a tie
// counts half in the AUC, and the top k takes its share of a group tied at the cut.

export interface Scored {
  /** Higher = more suspicious. */
  score: number;
  /** A known thief (an injected attack or a confirmed case). */
  positive: boolean;
}

/**
 * Area under the ROC curve: the probability that a random positive scores above a random
 * negative, ties counting one half (Mann-Whitney U with mid-ranks). Undefined without both
 * classes: throws.
 */
export function auc(items: readonly Scored[]): number {
  const positives = items.reduce((n, x) => n + (x.positive ? 1 : 0), 0);
  const negatives = items.length - positives;
  if (positives === 0 || negatives === 0) throw new RangeError(`AUC needs positives and negatives (${positives} and ${negatives})`);
  const sorted = [...items].sort(ascending);
  let rankSum = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    let groupPositives = 0;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) groupPositives += sorted[j++]!.positive ? 1 : 0;
    // Ranks i+1 .. j share their mean.
    rankSum += groupPositives * ((i + 1 + j) / 2);
    i = j;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * Share of positives among the k highest scores. Where a group of equal scores straddles the
 * cut, each of its members is in the top k with the same chance: the group adds its positives
 * times the share of it that fits (the expected precision over every order of the tie).
 */
export function precisionAtK(items: readonly Scored[], k: number): number {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, not ${k}`);
  const sorted = [...items].sort((a, b) => ascending(b, a));
  const take = Math.min(k, sorted.length);
  let hits = 0;
  let taken = 0;
  for (let i = 0; i < sorted.length && taken < take; ) {
    let j = i;
    let groupPositives = 0;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) groupPositives += sorted[j++]!.positive ? 1 : 0;
    const fits = Math.min(j - i, take - taken);
    hits += (groupPositives * fits) / (j - i);
    taken += fits;
    i = j;
  }
  return take === 0 ? 0 : hits / take;
}

/** By score, lowest first; -Infinity (a customer left unscored) sorts first and ties with itself. */
function ascending(a: Scored, b: Scored): number {
  return a.score === b.score ? 0 : a.score < b.score ? -1 : 1;
}

/** The k of "the top share" of n ranked customers (5 % of 50 is 3): at least one. */
export function topCount(n: number, share: number): number {
  return Math.max(1, Math.round(n * share));
}
