// The customer's share of its area's consumption over the last 12 months with data: what part
// of the area's forecast (forecast.run on the area's scope) is this customer's. Null without an
// area or with no consumption in the area over those months.
import type { CustomerForecastShare } from '../api/customersTypes.js';
import { addMonths, formatMonth } from '../core/calendar.js';
import type { Db } from '../store/database.js';

export const SHARE_MONTHS = 12;

export function forecastShare(db: Db, customerId: string): CustomerForecastShare | null {
  const customer = db.prepare('SELECT area_id FROM customers WHERE customer_id = ?').get(customerId) as { area_id: string | null } | undefined;
  const areaId = customer?.area_id ?? null;
  if (areaId === null) return null;
  const last = (
    db
      .prepare(
        `SELECT max(e.month) AS month FROM daily_energy e JOIN meters m ON m.meter_id = e.meter_id
         JOIN customers c ON c.customer_id = m.customer_id WHERE c.area_id = ?`,
      )
      .get(areaId) as { month: number | null }
  ).month;
  if (last === null) return null;
  const first = addMonths(last, -(SHARE_MONTHS - 1));
  const sums = db
    .prepare(
      `SELECT sum(e.total_kwh) AS area_kwh, sum(CASE WHEN c.customer_id = ? THEN e.total_kwh ELSE 0 END) AS customer_kwh
       FROM daily_energy e JOIN meters m ON m.meter_id = e.meter_id JOIN customers c ON c.customer_id = m.customer_id
       WHERE c.area_id = ? AND e.month BETWEEN ? AND ?`,
    )
    .get(customerId, areaId, first, last) as { area_kwh: number | null; customer_kwh: number | null };
  if (!sums.area_kwh || sums.area_kwh <= 0) return null;
  const customerKwh = sums.customer_kwh ?? 0;
  return { areaId, from: formatMonth(first), to: formatMonth(last), customerKwh, areaKwh: sums.area_kwh, share: customerKwh / sums.area_kwh };
}
