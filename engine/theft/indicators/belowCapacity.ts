// Consumption far below contract capacity: the last four weeks' median kWh/day against what the
// contract's kVA would give at the category's typical load factor (kWh/day = kVA x 24 x factor).
// Value: how far below that it is (0 at or above, 1 at nothing).
import { medianOfKnown } from '../series/stats.js';
import type { Indicator } from '../types.js';
import { round, type UnitView } from './view.js';

/** Typical average load over contract capacity per category (a day's mean kW per kVA). */
export const typicalLoadFactor: Record<string, number> = {
  residential: 0.06,
  commercial: 0.2,
  large_industry: 0.45,
  agricultural: 0.15,
  other: 0.15,
};

const RECENT_DAYS = 28;

export function belowCapacity(view: UnitView): Indicator | null {
  const kva = view.unit.contractKva;
  if (kva === null || !(kva > 0) || view.end < RECENT_DAYS) return null;
  const recent = medianOfKnown(view.daily, view.end - RECENT_DAYS, view.end);
  if (Number.isNaN(recent)) return null;
  const factor = typicalLoadFactor[view.unit.category ?? 'other'] ?? typicalLoadFactor.other!;
  const expected = kva * 24 * factor;
  const use = recent / expected;
  return {
    code: 'below_capacity',
    value: Math.max(0, Math.min(1, 1 - use)),
    message: `Uses ${round(recent, 1)} kWh/day, ${Math.round(use * 100)}% of the ${round(expected, 0)} kWh/day a ${kva} kVA contract typically uses.`,
    details: { kwhDay: round(recent, 2), expectedKwhDay: round(expected, 1), contractKva: kva, usePercent: Math.round(use * 100) },
  };
}
