// Line-loss rate (线损率) per transformer area and month: (supplied - consumed) / supplied, with
// supplied from agg_area_supply_monthly and consumed from the area's meters (agg_energy_monthly).
// Where no meter of the area has consumption that month, the supply export's own sold energy
// stands in. A thief's meter under-reports: consumed falls, supplied does not, the loss rises.
import type { AreaLossPoint } from '../../api/casesTypes.js';
import { formatMonth, type Month } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';

export interface MonthLoss {
  month: Month;
  suppliedKwh: number;
  consumedKwh: number;
  lossRate: number | null;
}

/** Each area's months, oldest first; one area when `areaId` is given. */
export function areaMonthlyLoss(db: Db, areaId?: string): Map<string, MonthLoss[]> {
  const rows = db
    .prepare(
      `SELECT s.area_id, s.month, s.supplied_kwh, s.sold_kwh, e.kwh AS consumed
       FROM agg_area_supply_monthly s
       LEFT JOIN (SELECT area_id, month, sum(kwh) AS kwh FROM agg_energy_monthly GROUP BY area_id, month) e
         ON e.area_id = s.area_id AND e.month = s.month
       ${areaId === undefined ? '' : 'WHERE s.area_id = ?'}
       ORDER BY s.area_id, s.month`,
    )
    .all(...(areaId === undefined ? [] : [areaId])) as { area_id: string; month: number; supplied_kwh: number; sold_kwh: number | null; consumed: number | null }[];
  const out = new Map<string, MonthLoss[]>();
  for (const r of rows) {
    const consumed = r.consumed !== null && r.consumed > 0 ? r.consumed : (r.sold_kwh ?? 0);
    const list = out.get(r.area_id) ?? out.set(r.area_id, []).get(r.area_id)!;
    list.push({ month: r.month, suppliedKwh: r.supplied_kwh, consumedKwh: consumed, lossRate: lossRate(r.supplied_kwh, consumed) });
  }
  return out;
}

export function lossRate(supplied: number, consumed: number): number | null {
  return supplied > 0 ? (supplied - consumed) / supplied : null;
}

export function toPoint(m: MonthLoss): AreaLossPoint {
  return { period: formatMonth(m.month), suppliedKwh: round(m.suppliedKwh), consumedKwh: round(m.consumedKwh), lossRate: m.lossRate };
}

const round = (v: number) => Math.round(v * 100) / 100;
