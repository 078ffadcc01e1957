// Names a cluster from its centroid (24 hourly shares of the day's energy) by rules a reader can
// check on the chart, in this order:
//   flat          no hour above 1.3 × the mean hour (a process running round the clock);
//   night_load    at least 45 % of the energy in 22:00-06:00 (a third is the even share);
//   daytime       at least 55 % in business hours 08:00-18:00 (10/24 = 42 % is the even share):
//                 extended_hours when 18:00-22:00 still runs at 1.2 × the mean hour or more
//                 (shops and restaurants), else daytime_flat (offices, workshops);
//   double_peak   a morning (05:00-11:00) and an evening (17:00-23:00) high, both at least
//                 1.15 × the mean, the lower at least 3/4 of the higher, and a dip between them;
//   otherwise by the peak hour: 17-22 evening_peak, 5-10 morning_peak, 11-16 daytime_flat,
//   22-4 night_load.
import type { ClusterName } from '../api/segmentsTypes.js';

export const HOURS = 24;

export interface ShapeFacts {
  peakHour: number;
  /** The peak hour's share over the mean share (1/24). */
  peakToMean: number;
  /** Shares of the day's energy in 08:00-18:00 and 22:00-06:00. */
  dayShare: number;
  nightShare: number;
}

const FLAT_PEAK = 1.3;
const NIGHT_SHARE = 0.45;
const DAY_SHARE = 0.55;
const EVENING_OPEN = 1.2;
const PEAK_HIGH = 1.15;
const PEAKS_BALANCE = 0.75;
const DIP = 0.85;

export function shapeFacts(centroid: ArrayLike<number>): ShapeFacts {
  const total = sum(centroid, 0, HOURS);
  let peakHour = 0;
  for (let h = 1; h < HOURS; h++) if (centroid[h]! > centroid[peakHour]!) peakHour = h;
  return {
    peakHour,
    peakToMean: total > 0 ? (centroid[peakHour]! * HOURS) / total : 0,
    dayShare: total > 0 ? sum(centroid, 8, 18) / total : 0,
    nightShare: total > 0 ? (sum(centroid, 22, 24) + sum(centroid, 0, 6)) / total : 0,
  };
}

export function clusterName(centroid: ArrayLike<number>): ClusterName {
  const facts = shapeFacts(centroid);
  if (facts.peakToMean < FLAT_PEAK) return 'flat';
  if (facts.nightShare >= NIGHT_SHARE) return 'night_load';
  const total = sum(centroid, 0, HOURS);
  if (facts.dayShare >= DAY_SHARE) return (sum(centroid, 18, 22) * HOURS) / 4 / total >= EVENING_OPEN ? 'extended_hours' : 'daytime_flat';
  const ratio = (h: number) => (centroid[h]! * HOURS) / total;
  const morning = highest(ratio, 5, 11);
  const evening = highest(ratio, 17, 23);
  const between = lowest(ratio, 11, 17);
  const low = Math.min(morning, evening);
  if (low >= PEAK_HIGH && low >= PEAKS_BALANCE * Math.max(morning, evening) && between < DIP * low) return 'double_peak';
  const h = facts.peakHour;
  if (h >= 17 && h <= 22) return 'evening_peak';
  if (h >= 5 && h <= 10) return 'morning_peak';
  if (h >= 11 && h <= 16) return 'daytime_flat';
  return 'night_load';
}

function sum(values: ArrayLike<number>, from: number, to: number): number {
  let s = 0;
  for (let h = from; h < to; h++) s += values[h]!;
  return s;
}

function highest(ratio: (h: number) => number, from: number, to: number): number {
  let top = -Infinity;
  for (let h = from; h < to; h++) top = Math.max(top, ratio(h));
  return top;
}

function lowest(ratio: (h: number) => number, from: number, to: number): number {
  let bottom = Infinity;
  for (let h = from; h < to; h++) bottom = Math.min(bottom, ratio(h));
  return bottom;
}
