// The price recoverable energy is valued at: the customer's own average from its bills
// (billed yuan / kWh over the bills up to the scoring month), else the category's default
// price from resources/tariffs/prices.json.
import { monthOf, type Day } from '../../core/calendar.js';
import { readResourceJson } from '../../core/resources.js';
import type { Db } from '../../store/database.js';

export interface Price {
  yuanPerKwh: number;
  source: 'bills' | 'tariff';
}

interface PriceTable {
  yuanPerKwh: Record<string, number>;
}

let table: PriceTable | undefined;

/** The default price of a usage category (resources/tariffs/prices.json; 'other' for an unknown one). */
export function categoryPrice(category: string | null): number {
  table ??= readResourceJson<PriceTable>('tariffs', 'prices.json');
  return table.yuanPerKwh[category ?? 'other'] ?? table.yuanPerKwh.other!;
}

/** Each billed customer's own average price up to the month of `asOf`. */
export function billedPrices(db: Db, asOf: Day): Map<string, number> {
  const rows = db
    .prepare('SELECT customer_id, sum(billed_yuan) AS yuan, sum(kwh) AS kwh FROM bills WHERE month <= ? AND kwh > 0 GROUP BY customer_id')
    .all(monthOf(asOf)) as { customer_id: string; yuan: number; kwh: number }[];
  const prices = new Map<string, number>();
  for (const r of rows) if (r.kwh > 0 && r.yuan > 0) prices.set(r.customer_id, r.yuan / r.kwh);
  return prices;
}
