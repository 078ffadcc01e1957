// The unsupervised score, which needs no labels: each indicator's value as a robust z-score
// against the whole population (median and scaled MAD, with a floor on the spread so that an
// indicator almost everyone scores 0 on does not make a tiny value look extreme), only the
// suspicious side counted, capped, weighted and summed; the sum maps to [0, 1). The drop
// against the customer's own history and the drop against its peers are one finding seen two
// ways: they count once, the larger, so that an ordinary dip that shows in both does not
// outweigh a rarer finding (a zeroed window, a reversed day) that shows once.
import { indicatorCodes, type IndicatorCode } from '../types.js';
import { medianAndMad } from '../series/stats.js';

/** The smallest spread an indicator's robust z is measured in: a fraction of what a clear case reaches. */
export const spreadFloor: Record<IndicatorCode, number> = {
  own_drop: 0.1,
  peer_drop: 0.1,
  base_drop: 0.1,
  near_zero: 0.1,
  below_capacity: 0.15,
  flat_load: 0.04,
  zero_window: 0.03,
  noisy_readings: 0.1,
  shape_change: 0.05,
  reversed_day: 0.05,
  meter_events: 0.3,
  area_balance: 0.1,
};

/**
 * How much each indicator counts: consumption far below capacity alone is weak evidence, and so
 * are scattered readings (an honest customer's readings scatter more as its use falls too).
 */
export const indicatorWeight: Record<IndicatorCode, number> = {
  own_drop: 1,
  peer_drop: 1,
  base_drop: 1,
  near_zero: 1,
  below_capacity: 0.4,
  flat_load: 1,
  zero_window: 1,
  noisy_readings: 0.5,
  shape_change: 0.8,
  reversed_day: 1,
  meter_events: 1,
  area_balance: 0.7,
};

/**
 * The most one indicator's z counts. A typical clear drop reaches about 8; the curve signatures
 * honest customers almost never show (a flattened day, a zeroed window) reach 15-20, and a cap
 * at 8 levelled them with an ordinary drop, so that any two moderate findings outranked them.
 */
const Z_CAP = 16;
/** The summed evidence at which the score reaches 1 - 1/e. */
const SCALE = 4;

export interface RobustModel {
  median: Float64Array;
  spread: Float64Array;
}

/** Fits the population's median and spread per indicator; features are rows of indicatorCodes.length values (NaN = not computed). */
export function fitRobust(features: Float64Array, rows: number): RobustModel {
  const k = indicatorCodes.length;
  const median = new Float64Array(k);
  const spread = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const column: number[] = [];
    for (let r = 0; r < rows; r++) {
      const v = features[r * k + j]!;
      if (!Number.isNaN(v)) column.push(v);
    }
    const stats = column.length > 0 ? medianAndMad(Float64Array.from(column)) : { median: 0, mad: 0 };
    median[j] = stats.median;
    spread[j] = Math.max(stats.mad, spreadFloor[indicatorCodes[j]!]);
  }
  return { median, spread };
}

/** Each indicator's weighted, capped, one-sided z of one row (0 where not computed). */
export function contributions(model: RobustModel, row: Float64Array, out = new Float64Array(row.length)): Float64Array {
  for (let j = 0; j < row.length; j++) {
    const v = row[j]!;
    const z = Number.isNaN(v) ? 0 : (v - model.median[j]!) / model.spread[j]!;
    out[j] = Math.min(Z_CAP, Math.max(0, z)) * indicatorWeight[indicatorCodes[j]!];
  }
  return out;
}

const ownDrop = indicatorCodes.indexOf('own_drop');
const peerDrop = indicatorCodes.indexOf('peer_drop');
const baseDrop = indicatorCodes.indexOf('base_drop');
/** How much of a drop the quiet hours did not follow is taken off it (indicators/baseDrop.ts). */
const UNFOLLOWED_DISCOUNT = 0.5;

/**
 * The unsupervised score of one row's contributions. `row` (its indicator values, NaN where not
 * computed) tells whether the curves could say if the standing load followed the drop: where they
 * could and it did not, the part of the drop it did not follow counts half.
 */
export function robustScore(contribution: Float64Array, row?: Float64Array): number {
  let sum = 0;
  for (const c of contribution) sum += c;
  const drop = Math.max(contribution[ownDrop]!, contribution[peerDrop]!);
  sum -= Math.min(contribution[ownDrop]!, contribution[peerDrop]!);
  if (row && !Number.isNaN(row[baseDrop]!)) sum -= UNFOLLOWED_DISCOUNT * Math.max(0, drop - contribution[baseDrop]!);
  return 1 - Math.exp(-sum / SCALE);
}
