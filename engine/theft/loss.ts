// Estimated recoverable energy and money, from two findings:
// - a drop: from the change day to the day consumption came back (or the scoring day), the
//   baseline (the mean level before the change, indicators/ownDrop.ts) times the days, minus what
//   was metered; valued at the customer's own average price, else its category's;
// - a time-of-use shift (touShift.ts), where the unit has curves and is on time-of-use
//   (touTariff.ts): the bill lost by energy metered in cheaper hours than it was used in, and its
//   kWh at the flat price, which the ranking and the kWh column count with the drop's.
import { categoryPrice } from './evidence/prices.js';
import type { Drop } from './indicators/ownDrop.js';
import type { UnitView } from './indicators/view.js';
import { touShift, touShiftSentence, type TouShift } from './touShift.js';
import type { TouTariff } from './touTariff.js';

export interface LossEstimate {
  /** The drop's kWh plus the time-of-use shift's kWh at the flat price. */
  kwh: number;
  yuan: number | null;
  baselineKwhDay: number | null;
  days: number;
  priceYuanKwh: number | null;
  priceSource: 'bills' | 'tariff' | null;
  /** The drop's part of kwh. */
  dropKwh: number;
  timeOfUse: TouShift | null;
  /** What the estimate is made of, in one English sentence. */
  message: string;
}

/** `tou`: the unit's time-of-use prices when it is on time-of-use (null: not valued). */
export function estimateLoss(view: UnitView, drop: Drop | null, tou: TouTariff | null = null): LossEstimate {
  const price = view.unit.kind === 'customer' ? view.ev.prices.get(view.unit.id) : undefined;
  const priceYuanKwh = price ?? (view.unit.kind === 'customer' ? categoryPrice(view.unit.category) : null);
  const priceSource = price !== undefined ? 'bills' : priceYuanKwh === null ? null : 'tariff';
  const dropped = drop ? dropLoss(view, drop) : null;
  const shift = tou ? touShift(view, tou) : null;
  const dropKwh = dropped?.kwh ?? 0;
  const shiftYuan = shift && shift.yuan > 0 ? shift : null;
  return {
    kwh: dropKwh + (shiftYuan?.equivalentKwh ?? 0),
    yuan: priceYuanKwh === null ? null : dropKwh * priceYuanKwh + (shiftYuan?.yuan ?? 0),
    baselineKwhDay: drop?.baselineKwhDay ?? null,
    days: dropped?.days ?? 0,
    priceYuanKwh,
    priceSource,
    dropKwh,
    timeOfUse: shiftYuan,
    message: lossMessage(dropped, shiftYuan, drop, priceYuanKwh),
  };
}

function dropLoss(view: UnitView, drop: Drop): { kwh: number; days: number } {
  const { line } = view.ev;
  const from = line.index(drop.changeDay);
  const to = drop.recoveredDay === null ? view.end : Math.min(view.end, line.index(drop.recoveredDay));
  let kwh = 0;
  for (let i = Math.max(0, from); i < to; i++) {
    const v = view.daily[i]!;
    if (!Number.isNaN(v)) kwh += drop.baselineKwhDay - v;
  }
  return { kwh: Math.max(0, kwh), days: Math.max(0, to - from) };
}

function lossMessage(dropped: { kwh: number; days: number } | null, shift: TouShift | null, drop: Drop | null, price: number | null): string {
  const parts: string[] = [];
  if (dropped && drop && dropped.kwh > 0) {
    parts.push(
      `${Math.round(dropped.kwh)} kWh below the ${drop.baselineKwhDay.toFixed(1)} kWh/day baseline over ${dropped.days} days` +
        (price === null ? '' : ` at ${price.toFixed(4)} yuan/kWh`),
    );
  }
  if (shift) parts.push(touShiftSentence(shift, price !== null));
  return parts.length === 0 ? 'No recoverable energy estimated.' : `Estimated from ${parts.join('; and from ')}.`;
}
