// Points scaling: score = offset + factor × ln(odds good:bad), with factor = pdo / ln 2 (pdo
// more points double the odds) and offset = baseScore − factor × ln(baseOdds) (baseScore at
// baseOdds). Spread over n selected features, a bin is worth
// −(coefficient × WOE + intercept / n) × factor + offset / n, so the points add up to the score.
import type { FeatureBinning, ScalingOptions } from '../model/types.js';

export const defaultScaling: ScalingOptions = { baseScore: 600, baseOdds: 50, pdo: 20 };

export function scalingTerms(scaling: ScalingOptions): { factor: number; offset: number } {
  const factor = scaling.pdo / Math.LN2;
  return { factor, offset: scaling.baseScore - factor * Math.log(scaling.baseOdds) };
}

/** ln(odds good:bad) as points. */
export function scoreOfLogOdds(logOddsGood: number, scaling: ScalingOptions): number {
  const { factor, offset } = scalingTerms(scaling);
  return offset + factor * logOddsGood;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The binnings with each selected feature's bins given points (others get 0). */
export function withPoints(binnings: FeatureBinning[], intercept: number, scaling: ScalingOptions): FeatureBinning[] {
  const n = binnings.filter((b) => b.selected).length;
  const { factor, offset } = scalingTerms(scaling);
  return binnings.map((b) => ({
    ...b,
    bins: b.bins.map((bin) => ({
      ...bin,
      points: b.selected ? round1(-(b.coefficient! * bin.woe + intercept / n) * factor + offset / n) : 0,
    })),
  }));
}
