// Line loss (线损率) of transformer areas: (supplied - sold) / supplied, over the area-months
// that have supply data. Sold energy is the supply export's own figure where it has one (it
// covers exactly the supplied days), otherwise the consumption of the area's meters.
import type { OverviewFilter } from '../api/overviewTypes.js';
import type { Db } from '../store/database.js';
import type { MonthRange } from './period.js';

export interface AreaLoss {
  areaId: string;
  suppliedKwh: number;
  soldKwh: number;
  lossRate: number | null;
}

const perAreaSql = (oneArea: boolean) => `
  SELECT s.area_id AS areaId, SUM(s.supplied_kwh) AS suppliedKwh, SUM(COALESCE(s.sold_kwh, e.kwh, 0)) AS soldKwh
    FROM agg_area_supply_monthly s
    LEFT JOIN (SELECT month, area_id, SUM(kwh) AS kwh FROM agg_energy_monthly
                WHERE month BETWEEN @from AND @to${oneArea ? ' AND area_id = @areaId' : ''} GROUP BY 1, 2) e
      ON e.month = s.month AND e.area_id = s.area_id
   WHERE s.month BETWEEN @from AND @to${oneArea ? ' AND s.area_id = @areaId' : ''}
   GROUP BY s.area_id`;

/** Every area's loss over the range, or one area's (`areaId`); a category does not narrow a loss, a figure of the area's supply. */
export function areaLosses(db: Db, range: MonthRange, filter: Pick<OverviewFilter, 'areaId'> = {}): AreaLoss[] {
  const oneArea = filter.areaId !== undefined;
  const rows = db.prepare(perAreaSql(oneArea)).all(oneArea ? { ...range, areaId: filter.areaId } : range) as Omit<AreaLoss, 'lossRate'>[];
  return rows.map((r) => ({ ...r, lossRate: r.suppliedKwh > 0 ? (r.suppliedKwh - r.soldKwh) / r.suppliedKwh : null }));
}

export function lineLoss(db: Db, range: MonthRange, filter: Pick<OverviewFilter, 'areaId'> = {}): { suppliedKwh: number; soldKwh: number; lossRate: number | null } {
  let supplied = 0;
  let sold = 0;
  for (const area of areaLosses(db, range, filter)) {
    supplied += area.suppliedKwh;
    sold += area.soldKwh;
  }
  return { suppliedKwh: supplied, soldKwh: sold, lossRate: supplied > 0 ? (supplied - sold) / supplied : null };
}
