// A customer's true daily consumption: their level, grown over time, moved by the calendar,
// by temperature (cooling above 24 °C, heating below 10 °C, felt with a day's lag), by
// outages in their area, and by day-to-day noise that persists (a busy week, a family away).
import type { Random } from './random.js';
import type { Period } from './params.js';
import type { CalendarEffect } from './calendarEffects.js';
import type { DemoCustomer } from './region.js';

export interface DailyUse {
  /** True consumption in kWh; NaN before the account opened. */
  kwh: Float64Array;
  /** Extra energy for cooling and heating, as shares of the day's base energy (they shape the load curve). */
  cooling: Float32Array;
  heating: Float32Array;
}

const COOLING_FROM = 24;
const HEATING_BELOW = 10;

export function dailyUse(
  rng: Random,
  customer: DemoCustomer,
  period: Period,
  temperature: Float64Array,
  calendar: CalendarEffect,
  outageHours: Float32Array,
): DailyUse {
  const n = period.days.length;
  const kwh = new Float64Array(n);
  const cooling = new Float32Array(n);
  const heating = new Float32Array(n);
  let persistent = 0;
  let awayDays = 0;
  for (let i = 0; i < n; i++) {
    const day = period.days[i]!;
    if (day < customer.openDay) {
      kwh[i] = Number.NaN;
      continue;
    }
    const felt = i > 0 ? 0.7 * temperature[i]! + 0.3 * temperature[i - 1]! : temperature[i]!;
    cooling[i] = customer.cooling * Math.max(0, felt - COOLING_FROM);
    heating[i] = customer.heating * Math.max(0, HEATING_BELOW - felt);
    persistent = 0.6 * persistent + rng.normal(0, customer.noise * 0.8);
    if (customer.pattern === 'home') {
      if (awayDays > 0) awayDays--;
      else if (rng.chance(0.012)) awayDays = rng.int(2, 7);
    }
    const grown = customer.level * (1 + customer.growth * (i / 365));
    const base = grown * calendar.factor[i]! * Math.exp(persistent) * (awayDays > 0 ? 0.3 : 1);
    const outage = 1 - (0.9 * Math.min(24, outageHours[i]!)) / 24;
    kwh[i] = base * (1 + cooling[i]! + heating[i]!) * outage;
  }
  return { kwh, cooling, heating };
}
