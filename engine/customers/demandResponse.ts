// Demand-response potential from a mean daily load shape: the base load is what the customer
// draws in its quietest hours (the mean of its BASE_HOURS lowest hours, which a household's fridge
// or a shop's lighting keeps up all day and no event can move); what it draws in peak hours above
// that is the load an event could ask it to shed or shift.
import type { TouPrices } from '../api/customersTypes.js';
import { hourKinds } from './prices.js';

export interface DemandResponse {
  baseKw: number;
  /** The largest peak-hour kW above the base load. */
  drKw: number;
  /** Peak-hour kWh above the base load in a day. */
  drKwhPerDay: number;
}

export const BASE_HOURS = 4;

export function demandResponse(hourKw: ArrayLike<number>, prices: TouPrices): DemandResponse {
  const kinds = hourKinds(prices);
  const sorted = Array.from({ length: 24 }, (_, h) => hourKw[h]!).sort((a, b) => a - b);
  const baseKw = sorted.slice(0, BASE_HOURS).reduce((sum, kw) => sum + kw, 0) / BASE_HOURS;
  let drKw = 0;
  let drKwhPerDay = 0;
  for (let h = 0; h < 24; h++) {
    if (kinds[h] !== 'peak') continue;
    const above = Math.max(0, hourKw[h]! - baseKw);
    drKw = Math.max(drKw, above);
    drKwhPerDay += above;
  }
  return { baseKw, drKw, drKwhPerDay };
}
