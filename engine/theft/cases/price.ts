// The price back-billed energy is charged at: the customer's own average price over its last
// twelve billed months (billed yuan / billed kWh), which carries its tariff, blocks and
// time-of-use mix; else the category's price in resources/tariffs/prices.json.
import type { PriceSource } from '../../api/casesTypes.js';
import { readResourceJson } from '../../core/resources.js';
import type { Db } from '../../store/database.js';

interface PriceTable {
  pricePerKwh: Record<string, number>;
}

let table: PriceTable | undefined;

function categoryPrice(category: string): number {
  table ??= readResourceJson<PriceTable>('tariffs', 'prices.json');
  return table.pricePerKwh[category] ?? table.pricePerKwh.other!;
}

export function customerPrice(db: Db, customerId: string, category: string): { price: number; source: PriceSource } {
  const row = db
    .prepare(
      `SELECT sum(billed_yuan) AS yuan, sum(kwh) AS kwh FROM
         (SELECT billed_yuan, kwh FROM bills WHERE customer_id = ? AND kwh > 0 ORDER BY month DESC LIMIT 12)`,
    )
    .get(customerId) as { yuan: number | null; kwh: number | null };
  if (row.kwh !== null && row.kwh > 0 && row.yuan !== null && row.yuan > 0) return { price: row.yuan / row.kwh, source: 'bills' };
  return { price: categoryPrice(category), source: 'tariff' };
}
