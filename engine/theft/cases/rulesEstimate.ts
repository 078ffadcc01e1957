// Back-billing by the rules (供电营业规则 arts. 102-103; see RulesEstimate in casesTypes.ts):
// contract capacity (kVA as kW) × 12 h a day for power users or 6 h for lighting users × the days
// of the theft (from the change day to the day before the inspection, or to the last day with
// data before one; 180 when the change day is unknown), charged at the customer's price, with
// the theft penalty of three times the charge. Beside the baseline estimate (estimate.ts): the
// one the rules give when the start cannot be established, and a comparison when it can.
import type { RulesEstimate } from '../../api/casesTypes.js';
import { addDays, daysBetween, formatDay, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { lastDayWithData } from './consumption.js';
import { customerPrice } from './price.js';

/** Art. 103: the days counted when the start of the theft cannot be established. */
export const MINIMUM_DAYS = 180;
/** Art. 103: hours of use a day. */
export const HOURS_PER_DAY = { lighting: 6, power: 12 } as const;
/** Art. 102: the penalty (违约使用电费) as a multiple of the back-billed charge. */
export const PENALTY_MULTIPLE = 3;

/** Lighting users (照明用户) are the residential ones; every other category uses power. */
export function userKindOf(category: string): RulesEstimate['userKind'] {
  return category === 'residential' ? 'lighting' : 'power';
}

export function rulesEstimate(db: Db, customerId: string, category: string, changeDay: Day | null, inspectionDay: Day | null): RulesEstimate | null {
  const row = db.prepare('SELECT contract_kva FROM customers WHERE customer_id = ?').get(customerId) as { contract_kva: number | null } | undefined;
  const capacity = row?.contract_kva ?? null;
  if (capacity === null || !(capacity > 0)) return null;
  const to = changeDay === null ? null : inspectionDay !== null ? addDays(inspectionDay, -1) : lastDayWithData(db, customerId);
  const dated = changeDay !== null && to !== null && to >= changeDay;
  const days = dated ? daysBetween(changeDay, to) + 1 : MINIMUM_DAYS;
  const userKind = userKindOf(category);
  const hoursPerDay = HOURS_PER_DAY[userKind];
  const kwh = capacity * hoursPerDay * days;
  const { price, source } = customerPrice(db, customerId, category);
  const yuan = round(kwh * price, 2);
  const penaltyYuan = round(yuan * PENALTY_MULTIPLE, 2);
  return {
    capacityKva: capacity,
    userKind,
    hoursPerDay,
    daysBasis: dated ? 'change_day' : 'minimum',
    from: dated ? formatDay(changeDay) : null,
    to: dated ? formatDay(to) : null,
    days,
    kwh: round(kwh, 2),
    priceYuanPerKwh: round(price, 4),
    priceSource: source,
    yuan,
    penaltyYuan,
    totalYuan: round(yuan + penaltyYuan, 2),
  };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
