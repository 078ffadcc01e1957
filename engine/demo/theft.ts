// Electricity theft (窃电) in the demo: about 1.5 % of customers tamper with their meter from
// a day in the second half of the period, with one of the six attacks of Jokar, Arianpoo &
// Leung (IEEE Trans. Smart Grid 7(1), 2016) applied to the 15-minute curve the meter reports:
//   h1 scale every interval by a constant factor      h4 report a random share of the day's mean
//   h2 report zero over a window of the day            h5 report the day's mean (flattened)
//   h3 scale each interval by a random factor          h6 report the day reversed
// h5 and h6 keep the day's total and only move energy into cheaper time-of-use periods.
// Part of the cases are caught by an inspection, after which the meter is replaced.
import type { Random } from './random.js';
import { streamFor } from './random.js';
import type { Period } from './params.js';
import type { DemoCustomer } from './region.js';

export const attackTypes = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;
export type AttackType = (typeof attackTypes)[number];

export const attackNames: Record<AttackType, string> = {
  h1: 'constant scaling',
  h2: 'zeroed window',
  h3: 'random scaling',
  h4: 'scaled mean',
  h5: 'mean',
  h6: 'reversed day',
};

export interface TheftCase {
  customer: number;
  attack: AttackType;
  startIndex: number;
  /** First day of honest metering again (the inspection day), or the period length. */
  endIndex: number;
  inspected: boolean;
  /** h1: the factor kept. */
  factor: number;
  /** h2: intervals zeroed each day (quarter hours in the demo). */
  window: number;
}

const THEFT_SHARE = 0.015;
const categoryPropensity: Record<DemoCustomer['category'], number> = { residential: 1, commercial: 3, large_industry: 2, agricultural: 2 };

export function planThefts(seed: number, period: Period, customers: DemoCustomer[]): Map<number, TheftCase> {
  const rng = streamFor(seed, 'theft');
  const n = period.days.length;
  const half = Math.floor(n / 2);
  const candidates = customers.filter((c) => c.openDay <= period.days[half]!);
  const count = Math.min(candidates.length, Math.max(1, Math.round(customers.length * THEFT_SHARE)));
  const cases = new Map<number, TheftCase>();
  while (cases.size < count) {
    const c = rng.weighted(candidates, (x) => (cases.has(x.index) ? 0 : categoryPropensity[x.category]));
    const startIndex = rng.int(half, Math.max(half, n - 14));
    const inspectionIndex = startIndex + rng.int(20, 150);
    const inspected = rng.chance(0.6) && inspectionIndex < n - 1;
    cases.set(c.index, {
      customer: c.index,
      attack: attackTypes[cases.size % attackTypes.length]!,
      startIndex,
      endIndex: inspected ? inspectionIndex : n,
      inspected,
      factor: rng.uniform(0.2, 0.7),
      window: rng.int(16, 40),
    });
  }
  return cases;
}

export function isStealing(theft: TheftCase | undefined, dayIndex: number): theft is TheftCase {
  return theft !== undefined && dayIndex >= theft.startIndex && dayIndex < theft.endIndex;
}

/**
 * The curve the tampered meter reports for a day whose true curve is `truth` (kW), at any
 * resolution (the demo's 96 points; the theft evaluation also attacks 48-point curves).
 */
export function applyAttack(rng: Random, theft: TheftCase, truth: Float32Array, out: Float32Array): void {
  const points = truth.length;
  let mean = 0;
  for (let q = 0; q < points; q++) mean += truth[q]!;
  mean /= points;
  switch (theft.attack) {
    case 'h1':
      for (let q = 0; q < points; q++) out[q] = truth[q]! * theft.factor;
      return;
    case 'h2': {
      const from = rng.int(0, points - theft.window);
      for (let q = 0; q < points; q++) out[q] = q >= from && q < from + theft.window ? 0 : truth[q]!;
      return;
    }
    case 'h3':
      for (let q = 0; q < points; q++) out[q] = truth[q]! * rng.uniform(0.1, 0.8);
      return;
    case 'h4':
      for (let q = 0; q < points; q++) out[q] = mean * rng.uniform(0.1, 0.8);
      return;
    case 'h5':
      out.fill(mean);
      return;
    case 'h6':
      for (let q = 0; q < points; q++) out[q] = truth[points - 1 - q]!;
      return;
  }
}
