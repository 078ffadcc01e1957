// Demo tariffs (yuan per kWh), in the spirit of an eastern Chinese province's catalogue:
// residential block tariff (阶梯电价) per month, time-of-use prices for commercial and large
// industrial customers, the latter with a monthly capacity charge (两部制) on contract kVA.
import type { DemoCategory } from './region.js';

/** Energy of a billing month: the total and the time-of-use registers (sharp, peak, flat, valley). */
export interface MonthEnergy {
  kwh: number;
  tou: [number, number, number, number];
}

const residentialBlocks = [
  { upTo: 230, price: 0.538 },
  { upTo: 400, price: 0.588 },
  { upTo: Infinity, price: 0.838 },
];
const commercialTou = [1.2128, 1.0155, 0.6533, 0.2911];
const industrialTou = [1.0722, 0.8988, 0.5812, 0.2624];
const CAPACITY_CHARGE_PER_KVA = 30;
const AGRICULTURAL_PRICE = 0.5563;

export function billAmount(category: DemoCategory, energy: MonthEnergy, contractKva: number): number {
  let yuan = 0;
  switch (category) {
    case 'residential': {
      let below = 0;
      for (const block of residentialBlocks) {
        const inBlock = Math.max(0, Math.min(energy.kwh, block.upTo) - below);
        yuan += inBlock * block.price;
        below = block.upTo;
        if (energy.kwh <= below) break;
      }
      break;
    }
    case 'commercial':
      yuan = energy.tou.reduce((sum, kwh, k) => sum + kwh * commercialTou[k]!, 0);
      break;
    case 'large_industry':
      yuan = energy.tou.reduce((sum, kwh, k) => sum + kwh * industrialTou[k]!, 0) + contractKva * CAPACITY_CHARGE_PER_KVA;
      break;
    case 'agricultural':
      yuan = energy.kwh * AGRICULTURAL_PRICE;
      break;
  }
  return Math.round(yuan * 100) / 100;
}

/** The average price of a kWh to a category: what back-billed energy is charged at. */
export function averagePrice(category: DemoCategory): number {
  return { residential: 0.56, commercial: 0.78, large_industry: 0.66, agricultural: AGRICULTURAL_PRICE }[category];
}
