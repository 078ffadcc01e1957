// Near-zero use on a live contract: over the last four weeks, the share of days metered at
// almost nothing (under 3% of the unit's usual day, or 0.1 kWh) by a unit that used to consume.
import { medianOfKnown } from '../series/stats.js';
import type { Indicator } from '../types.js';
import { round, type UnitView } from './view.js';

const RECENT_DAYS = 28;

export function nearZero(view: UnitView): Indicator | null {
  if (view.end < RECENT_DAYS * 3) return null;
  const usual = medianOfKnown(view.daily, 0, view.end - RECENT_DAYS);
  if (!(usual > 0.5)) return null;
  const threshold = Math.max(0.1, 0.03 * usual);
  let known = 0;
  let zero = 0;
  for (let i = view.end - RECENT_DAYS; i < view.end; i++) {
    const v = view.daily[i]!;
    if (Number.isNaN(v)) continue;
    known++;
    if (v <= threshold) zero++;
  }
  if (known < 7) return null;
  const share = zero / known;
  return {
    code: 'near_zero',
    value: share,
    message:
      zero === 0
        ? 'No near-zero days in the last four weeks.'
        : `${zero} of the last ${known} days metered almost nothing (under ${round(threshold, 1)} kWh) against a usual ${round(usual, 1)} kWh/day.`,
    details: { zeroDays: zero, knownDays: known, usualKwhDay: round(usual, 2), thresholdKwh: round(threshold, 2) },
  };
}
