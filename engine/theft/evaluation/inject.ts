// Synthetic theft for evaluation: the six attacks of Jokar et al. (2016) as the demo applies
// them (engine/demo/theft.ts), on stored curves of any resolution, into a seeded sample of
// honest customers. The detector is then scored on how well it finds the victims.
import type { Random } from '../../demo/random.js';
import { applyAttack, type AttackType, type TheftCase } from '../../demo/theft.js';

/** Share of the honest customers that receive one attack type. */
export const VICTIM_SHARE = 0.1;

/** The demo's h2 windows are 16 to 40 quarter hours (4 to 10 hours): the same hours at any resolution. */
const WINDOW_HOURS = { min: 4, max: 10 };

/**
 * One victim's attack from `startIndex` (a day index) to the end of the data, drawn like the
 * demo's cases: h1 keeps 20-70 % of the load, h2 zeroes 4-10 hours of each day.
 */
export function attackCase(rng: Random, attack: AttackType, victim: number, startIndex: number, days: number, points: number): TheftCase {
  const perHour = points / 24;
  return {
    customer: victim,
    attack,
    startIndex,
    endIndex: days,
    inspected: false,
    factor: rng.uniform(0.2, 0.7),
    window: rng.int(Math.round(WINDOW_HOURS.min * perHour), Math.round(WINDOW_HOURS.max * perHour)),
  };
}

/** `share` of n candidates (at least one), as increasing indexes. */
export function pickVictims(rng: Random, n: number, share = VICTIM_SHARE): number[] {
  return rng.sample(n, Math.max(1, Math.round(n * share)));
}

export interface AttackedDay {
  /** The curve the tampered meter reports (kW); a point missing from the stored curve stays missing. */
  reported: Float32Array;
  /** Reported energy over true energy: what the day's metered consumption is multiplied by (1 for a day without energy). */
  energyShare: number;
}

/**
 * One day of a stored curve under attack. Missing points (NaN) take the day's mean while the
 * attack runs, as if the meter had recorded them, and are missing again in what it reports.
 */
export function attackDay(rng: Random, theft: TheftCase, stored: Float32Array): AttackedDay {
  const points = stored.length;
  let sum = 0;
  let present = 0;
  for (const v of stored) {
    if (Number.isNaN(v)) continue;
    sum += v;
    present++;
  }
  const mean = present === 0 ? 0 : sum / present;
  const truth = Float32Array.from(stored, (v) => (Number.isNaN(v) ? mean : v));
  const reported = new Float32Array(points);
  applyAttack(rng, theft, truth, reported);
  let reportedSum = 0;
  for (const v of reported) reportedSum += v;
  for (let q = 0; q < points; q++) if (Number.isNaN(stored[q]!)) reported[q] = Number.NaN;
  const trueSum = mean * points;
  return { reported, energyShare: trueSum > 0 ? reportedSum / trueSum : 1 };
}
