// The back-billing estimate (追补电量/电费): the energy the customer would have used at its
// baseline over the loss period, less what was metered, charged at its price (price.ts).
// Baseline: the median daily energy of the BASELINE_DAYS before the change day (a median, so
// that a holiday or a missing reading does not move it). The period runs from the change day to
// the day before the inspection or, before one, to the last day with data. Only days with a
// value count: a day without a reading is not evidence of theft.
import type { BackBillingEstimate } from '../../api/casesTypes.js';
import { addDays, formatDay, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { customerDaily, lastDayWithData } from './consumption.js';
import { customerPrice } from './price.js';

const BASELINE_DAYS = 90;
/** Fewer baseline days with a value than this and there is no baseline to speak of. */
const MIN_BASELINE_DAYS = 14;

export function backBillingEstimate(db: Db, customerId: string, category: string, changeDay: Day, inspectionDay: Day | null): BackBillingEstimate | null {
  const to = inspectionDay !== null ? addDays(inspectionDay, -1) : lastDayWithData(db, customerId);
  if (to === null || to < changeDay) return null;
  const before = customerDaily(db, customerId, addDays(changeDay, -BASELINE_DAYS), addDays(changeDay, -1));
  const baseline = median([...before].filter((v) => !Number.isNaN(v)));
  if (baseline === null) return null;
  let days = 0;
  let metered = 0;
  for (const v of customerDaily(db, customerId, changeDay, to)) {
    if (Number.isNaN(v)) continue;
    days++;
    metered += v;
  }
  const kwh = Math.max(0, baseline * days - metered);
  const { price, source } = customerPrice(db, customerId, category);
  return {
    from: formatDay(changeDay),
    to: formatDay(to),
    days,
    baselineKwhPerDay: round(baseline, 3),
    meteredKwh: round(metered, 2),
    kwh: round(kwh, 2),
    priceYuanPerKwh: round(price, 4),
    priceSource: source,
    yuan: round(kwh * price, 2),
  };
}

function median(values: number[]): number | null {
  if (values.length < MIN_BASELINE_DAYS) return null;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
