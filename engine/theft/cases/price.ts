// The price back-billed energy is charged at: the customer's own average price over its last
// twelve billed months (billed yuan / billed kWh), which carries its tariff, blocks and
// time-of-use mix; else the category's price (resources/tariffs/prices.json, read by the
// detector's categoryPrice).
import type { PriceSource } from '../../api/casesTypes.js';
import type { Db } from '../../store/database.js';
import { categoryPrice } from '../evidence/prices.js';

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
