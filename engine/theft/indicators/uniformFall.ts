// How evenly a fall applies across the hours of the day (Jokar's h1: a meter that registers a
// fixed share of every reading lowers each hour by the same ratio, day after day; an honest
// change of habits takes out some hours' activity and leaves others as they were). Per hour, the
// log ratio of its level after the change to before, against the day's log ratio; the spread of
// those deviations, each hour weighted by its share of the day, is compared with the same spread
// between two sets of ordinary days before the change (alternate periods): the customer's own
// hour-to-hour noise. A scaled meter's fall spreads no wider than that noise; a change of habits
// spreads wider.
import { HOURS } from '../evidence/curves.js';

/** A floor on both spreads (an hour's level is a median of a few periods: never exact). */
const SPREAD_FLOOR = 0.05;
/** The level an hour is measured above, as a share of the mean hour: an hour near zero has no ratio worth reading. */
const LEVEL_FLOOR = 0.02;

export interface UniformFall {
  /** Weighted mean |log ratio - the day's| of the hours from before to after the change. */
  spread: number;
  /** The same between the two alternate halves of the periods before the change. */
  noise: number;
  /** min(1, (noise + floor) / (spread + floor)): 1 for a fall as even as ordinary days, less the more unevenly the hours fell. */
  evenness: number;
}

export function uniformFall(before: Float64Array, after: Float64Array, beforeA: Float64Array, beforeB: Float64Array): UniformFall {
  const spread = hourSpread(before, after, before);
  const noise = hourSpread(beforeA, beforeB, before);
  return { spread, noise, evenness: Math.min(1, (noise + SPREAD_FLOOR) / (spread + SPREAD_FLOOR)) };
}

/** Weighted (by `weights`' shares) mean |ln(to_h / from_h) - ln(Σto / Σfrom)| over the hours. */
export function hourSpread(from: Float64Array, to: Float64Array, weights: Float64Array): number {
  let fromSum = 0;
  let toSum = 0;
  let weightSum = 0;
  for (let h = 0; h < HOURS; h++) {
    fromSum += from[h]!;
    toSum += to[h]!;
    weightSum += weights[h]!;
  }
  if (!(fromSum > 0) || !(toSum > 0) || !(weightSum > 0)) return 0;
  const day = Math.log(toSum / fromSum);
  const floorFrom = (LEVEL_FLOOR * fromSum) / HOURS;
  const floorTo = (LEVEL_FLOOR * toSum) / HOURS;
  let spread = 0;
  for (let h = 0; h < HOURS; h++) {
    const ratio = Math.log((to[h]! + floorTo) / (from[h]! + floorFrom));
    spread += (weights[h]! / weightSum) * Math.abs(ratio - day);
  }
  return spread;
}
