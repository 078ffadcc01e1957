// Daily load shapes (how a day's energy spreads over its 96 quarter hours) and the
// time-of-use periods (尖峰平谷) that split it into registers.
import type { DayPattern } from './region.js';

export const POINTS = 96;

/** Relative hourly demand on a working day, midnight first. */
const workingHours: Record<DayPattern, number[]> = {
  home: [0.45, 0.38, 0.35, 0.33, 0.33, 0.38, 0.6, 0.85, 0.75, 0.6, 0.55, 0.65, 0.75, 0.6, 0.55, 0.55, 0.65, 0.9, 1.3, 1.55, 1.6, 1.45, 1.1, 0.7],
  leisure: [0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.3, 0.5, 0.8, 1.0, 1.2, 1.4, 1.3, 1.1, 1.1, 1.1, 1.2, 1.4, 1.5, 1.5, 1.4, 1.1, 0.6, 0.3],
  office: [0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.3, 0.6, 1.3, 1.5, 1.5, 1.3, 1.1, 1.4, 1.5, 1.5, 1.4, 1.0, 0.6, 0.45, 0.4, 0.35, 0.3, 0.25],
  works: [0.35, 0.35, 0.35, 0.35, 0.35, 0.35, 0.5, 1.0, 1.4, 1.45, 1.45, 1.0, 1.2, 1.45, 1.45, 1.4, 1.2, 0.9, 0.7, 0.6, 0.5, 0.45, 0.4, 0.35],
  process: [1.08, 1.1, 1.1, 1.1, 1.08, 1.05, 1.0, 0.97, 0.93, 0.92, 0.92, 0.95, 1.0, 0.97, 0.93, 0.92, 0.92, 0.93, 0.92, 0.93, 0.97, 1.02, 1.06, 1.08],
  farm: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.7, 1.0, 1.3, 1.4, 1.4, 1.3, 1.2, 1.3, 1.4, 1.4, 1.3, 1.1, 0.9, 0.8, 0.7, 0.6, 0.55, 0.5],
};

/** Where extra cooling and heating energy goes: homes in the evening and night, businesses in opening hours. */
const coolingHours: Record<'home' | 'business', number[]> = {
  home: [0.8, 0.8, 0.7, 0.6, 0.6, 0.4, 0.2, 0.1, 0.1, 0.1, 0.2, 0.3, 0.6, 0.7, 0.7, 0.6, 0.5, 0.6, 0.9, 1.2, 1.3, 1.3, 1.2, 1.0],
  business: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.0, 1.3, 1.5, 1.6, 1.6, 1.7, 1.7, 1.6, 1.4, 1.1, 0.8, 0.6, 0.4, 0.2, 0.1, 0.1],
};
const heatingHours: Record<'home' | 'business', number[]> = {
  home: [0.3, 0.3, 0.3, 0.3, 0.3, 0.5, 1.2, 1.6, 1.2, 0.6, 0.5, 0.5, 0.5, 0.4, 0.4, 0.5, 0.7, 1.2, 1.6, 1.8, 1.8, 1.6, 1.1, 0.6],
  business: [0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.2, 1.6, 1.5, 1.3, 1.2, 1.1, 1.2, 1.2, 1.1, 1.0, 0.8, 0.5, 0.3, 0.2, 0.1, 0.1, 0.1],
};

/** Hourly values to 96 quarter hours (linear between hour midpoints), scaled to mean 1. */
function quarterHours(hourly: number[]): Float64Array {
  const out = new Float64Array(POINTS);
  for (let q = 0; q < POINTS; q++) {
    const t = (q + 0.5) / 4 - 0.5; // hours since the first hour's midpoint
    const h0 = Math.floor(t);
    const w = t - h0;
    out[q] = hourly[(h0 + 24) % 24]! * (1 - w) + hourly[(h0 + 1) % 24]! * w;
  }
  let sum = 0;
  for (const v of out) sum += v;
  for (let q = 0; q < POINTS; q++) out[q] = (out[q]! * POINTS) / sum;
  return out;
}

/** On rest days offices and workshops idle: their shape flattens toward the night load. */
function restDay(hourly: number[]): number[] {
  return hourly.map((v) => 0.4 * v + 0.6 * Math.min(...hourly));
}

const idles = new Set<DayPattern>(['office', 'works']);

export interface ShapeSet {
  working: Float64Array;
  rest: Float64Array;
  cooling: Float64Array;
  heating: Float64Array;
}

export const shapes: Record<DayPattern, ShapeSet> = Object.fromEntries(
  (Object.keys(workingHours) as DayPattern[]).map((pattern) => {
    const hours = workingHours[pattern];
    const kind = pattern === 'home' ? 'home' : 'business';
    return [
      pattern,
      {
        working: quarterHours(hours),
        rest: quarterHours(idles.has(pattern) ? restDay(hours) : hours),
        cooling: quarterHours(coolingHours[kind]),
        heating: quarterHours(heatingHours[kind]),
      },
    ];
  }),
) as Record<DayPattern, ShapeSet>;

/** Register slots of a day's energy, in the order of store/series REGISTERS after the total. */
export const SHARP = 0;
export const PEAK = 1;
export const FLAT = 2;
export const VALLEY = 3;

/**
 * Time-of-use period of each quarter hour: valley 22:00-08:00, peak 08:00-11:00 and
 * 13:00-19:00 (19:00-21:00 sharp in the high-demand months January, July, August and
 * December, peak otherwise), flat for the rest.
 */
export function touPeriods(month: number): Uint8Array {
  const sharpMonth = month === 1 || month === 7 || month === 8 || month === 12;
  const out = new Uint8Array(POINTS);
  for (let q = 0; q < POINTS; q++) {
    const h = Math.floor(q / 4);
    if (h >= 22 || h < 8) out[q] = VALLEY;
    else if (h >= 19 && h < 21) out[q] = sharpMonth ? SHARP : PEAK;
    else if ((h >= 8 && h < 11) || (h >= 13 && h < 19)) out[q] = PEAK;
    else out[q] = FLAT;
  }
  return out;
}

/** Shares of a shape's energy in each period (sharp, peak, flat, valley). */
export function periodShares(shape: ArrayLike<number>, periods: Uint8Array): Float64Array {
  const shares = new Float64Array(4);
  let total = 0;
  for (let q = 0; q < POINTS; q++) {
    const v = shape[q]!;
    if (!Number.isFinite(v)) continue;
    shares[periods[q]!]! += v;
    total += v;
  }
  if (total > 0) for (let k = 0; k < 4; k++) shares[k]! /= total;
  return shares;
}
