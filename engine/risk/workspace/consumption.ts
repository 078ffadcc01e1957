// Each billed customer's consumption by month of each of its meters (the features add a customer's
// meters up), read in one query. Null when the workspace holds no daily consumption at all: the consumption
// features are then missing for everyone rather than zero.
import type { Db } from '../../store/database.js';
import { groupByCustomer, type Groups } from './group.js';

export interface MonthlyConsumption extends Groups {
  month: Int32Array;
  kwh: Float64Array;
}

type ConsumptionRow = [string, number, number];

export function loadConsumption(db: Db, customerIndex: Map<string, number>): MonthlyConsumption | null {
  const rows = db
    .prepare(
      `SELECT m.customer_id, d.month, d.total_kwh FROM daily_energy d JOIN meters m ON m.meter_id = d.meter_id
       WHERE m.customer_id IS NOT NULL AND d.days > 0`,
    )
    .raw()
    .all() as ConsumptionRow[];
  if (rows.length === 0) return null;
  const customer = new Int32Array(rows.length).fill(-1);
  const month = new Int32Array(rows.length);
  const kwh = new Float64Array(rows.length);
  let kept = 0;
  for (const [id, m, total] of rows) {
    const c = customerIndex.get(id);
    if (c === undefined) continue;
    customer[kept] = c;
    month[kept] = m;
    kwh[kept] = total;
    kept++;
  }
  return { ...groupByCustomer(customer, kept, customerIndex.size), month, kwh };
}
