// Area supply (台区供电量) per month and area, the supplied side of the line-loss rate.
import type { Db } from '../store/database.js';
import { firstDayOf, lastDayOf } from '../core/calendar.js';
import type { MonthSpan } from './range.js';

export function refreshAreaSupply(db: Db, months: MonthSpan): void {
  db.prepare('DELETE FROM agg_area_supply_monthly WHERE month BETWEEN ? AND ?').run(months.from, months.to);
  // SUM(sold_kwh) stays NULL when the export carried no sold figures for that area-month.
  db.prepare(
    `INSERT INTO agg_area_supply_monthly (month, area_id, supplied_kwh, sold_kwh, days)
     SELECT day / 100, area_id, SUM(supplied_kwh), SUM(sold_kwh), COUNT(*)
       FROM area_supply
      WHERE day BETWEEN ? AND ?
      GROUP BY 1, 2`,
  ).run(firstDayOf(months.from), lastDayOf(months.to));
}
