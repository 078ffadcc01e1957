// Ability to pay from the customer's consumption (a business's activity): the last 3 full months
// against the same 3 a year before (or, without them, the 3 before), and how much the monthly
// consumption of the last 12 full months varies. Only months ended by the as-of day count.
import { addMonths, type Day, type Month } from '../../../core/calendar.js';
import type { MonthlyConsumption } from '../consumption.js';
import { monthEndOnOrBefore } from '../days.js';
import { coefficientOfVariation } from './stats.js';

/** Months of the last 12 with consumption needed for a volatility. */
const MIN_VOLATILITY_MONTHS = 6;

export interface ConsumptionFeatures {
  /** Relative change: 0.1 = 10 % more than the reference months. */
  consumptionTrend: number;
  consumptionVolatility: number;
}

const missing: ConsumptionFeatures = { consumptionTrend: NaN, consumptionVolatility: NaN };

export function consumptionFeatures(consumption: MonthlyConsumption | null, c: number, asOf: Day): ConsumptionFeatures {
  if (consumption === null) return missing;
  const lastMonth = Math.floor(monthEndOnOrBefore(asOf) / 100);
  const byMonth = new Map<Month, number>();
  for (let i = consumption.start[c]!; i < consumption.start[c + 1]!; i++) {
    const r = consumption.order[i]!;
    const month = consumption.month[r]!;
    if (month <= lastMonth) byMonth.set(month, (byMonth.get(month) ?? 0) + consumption.kwh[r]!);
  }
  const year: number[] = [];
  for (let k = 0; k < 12; k++) {
    const kwh = byMonth.get(addMonths(lastMonth, -k));
    if (kwh !== undefined) year.push(kwh);
  }
  return {
    consumptionTrend: trend(byMonth, lastMonth),
    consumptionVolatility: year.length >= MIN_VOLATILITY_MONTHS ? coefficientOfVariation(year) : NaN,
  };
}

function trend(byMonth: Map<Month, number>, lastMonth: Month): number {
  const recent = sum3(byMonth, lastMonth);
  if (Number.isNaN(recent)) return NaN;
  const yearBefore = sum3(byMonth, addMonths(lastMonth, -12));
  const reference = yearBefore > 0 ? yearBefore : sum3(byMonth, addMonths(lastMonth, -3));
  return reference > 0 ? recent / reference - 1 : NaN;
}

/** The consumption of the 3 months ending at `last`; NaN unless all three are known. */
function sum3(byMonth: Map<Month, number>, last: Month): number {
  let sum = 0;
  for (let k = 0; k < 3; k++) {
    const kwh = byMonth.get(addMonths(last, -k));
    if (kwh === undefined) return NaN;
    sum += kwh;
  }
  return sum;
}
