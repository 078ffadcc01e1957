// Estimated recoverable energy: from the change day to the day consumption came back (or the
// scoring day), the baseline (the mean level before the change, indicators/ownDrop.ts) times the days, minus
// what was metered; valued at the customer's own average price, else its category's.
import { categoryPrice } from './evidence/prices.js';
import type { Drop } from './indicators/ownDrop.js';
import type { UnitView } from './indicators/view.js';

export interface LossEstimate {
  kwh: number;
  yuan: number | null;
  baselineKwhDay: number | null;
  days: number;
  priceYuanKwh: number | null;
  priceSource: 'bills' | 'tariff' | null;
}

export function estimateLoss(view: UnitView, drop: Drop | null): LossEstimate {
  const price = view.unit.kind === 'customer' ? view.ev.prices.get(view.unit.id) : undefined;
  const priceYuanKwh = price ?? (view.unit.kind === 'customer' ? categoryPrice(view.unit.category) : null);
  const priceSource = price !== undefined ? 'bills' : priceYuanKwh === null ? null : 'tariff';
  if (!drop) return { kwh: 0, yuan: priceYuanKwh === null ? null : 0, baselineKwhDay: null, days: 0, priceYuanKwh, priceSource };
  const { line } = view.ev;
  const baseline = drop.baselineKwhDay;
  const from = line.index(drop.changeDay);
  const to = drop.recoveredDay === null ? view.end : Math.min(view.end, line.index(drop.recoveredDay));
  let kwh = 0;
  for (let i = Math.max(0, from); i < to; i++) {
    const v = view.daily[i]!;
    if (!Number.isNaN(v)) kwh += baseline - v;
  }
  kwh = Math.max(0, kwh);
  return {
    kwh,
    yuan: priceYuanKwh === null ? null : kwh * priceYuanKwh,
    baselineKwhDay: baseline,
    days: Math.max(0, to - from),
    priceYuanKwh,
    priceSource,
  };
}

