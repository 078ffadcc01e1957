// The overview's chart series, each from the aggregate tables.
// Each takes the cross-filters (OverviewFilter) the Overview applies: an area, a month in place
// of the period, a category.
import {
  categories,
  type AreaConsumption,
  type ArrearsOverview,
  type Category,
  type ConsumptionByMonth,
  type CustomersByCategory,
  type LoadVsTemperature,
  type OverviewFilter,
} from '../api/overviewTypes.js';
import type { Db } from '../store/database.js';
import { firstDayOf, formatDay, formatMonth, lastDayOf } from '../core/calendar.js';
import { monthsOf, type MonthRange } from './period.js';
import { areaLosses } from './lineLoss.js';
import { filteredRange, groupClause } from './filter.js';
import { areaDailyKwh } from './areaDays.js';

/** Categories outside the known list (a hand-edited workspace) count as 'other'. */
function asCategory(value: string): Category {
  return (categories as readonly string[]).includes(value) ? (value as Category) : 'other';
}

export function consumptionByMonth(db: Db, period: MonthRange | null, filter: OverviewFilter = {}): ConsumptionByMonth {
  const range = filteredRange(period, filter);
  if (!range) return { months: [], series: [] };
  const months = monthsOf(range);
  const position = new Map(months.map((m, i) => [m, i]));
  const series = new Map<Category, number[]>();
  const where = groupClause(filter);
  const rows = db
    .prepare(`SELECT month, category, SUM(kwh) AS kwh FROM agg_energy_monthly WHERE month BETWEEN @from AND @to${where.sql} GROUP BY 1, 2`)
    .all({ ...range, ...where.params }) as { month: number; category: string; kwh: number }[];
  for (const row of rows) {
    const category = asCategory(row.category);
    let values = series.get(category);
    if (!values) series.set(category, (values = months.map(() => 0)));
    values[position.get(row.month)!]! += row.kwh;
  }
  return {
    months: months.map(formatMonth),
    series: categories.filter((c) => series.has(c)).map((category) => ({ category, kwh: series.get(category)! })),
  };
}

/**
 * Areas by consumption. The line loss stays the area's own under a category filter: it is a
 * figure of the area's supply, not of one category's customers.
 */
export function consumptionByArea(db: Db, period: MonthRange | null, limit: number, filter: OverviewFilter = {}): AreaConsumption[] {
  const range = filteredRange(period, filter);
  if (!range) return [];
  const where = groupClause(filter, 'e');
  const rows = db
    .prepare(
      `SELECT e.area_id AS areaId, COALESCE(a.name, '') AS name, a.feeder_id AS feederId, SUM(e.kwh) AS kwh
         FROM agg_energy_monthly e LEFT JOIN areas a ON a.area_id = e.area_id
        WHERE e.month BETWEEN @from AND @to${where.sql}
        GROUP BY e.area_id
        ORDER BY kwh DESC
        LIMIT @limit`,
    )
    .all({ ...range, ...where.params, limit }) as { areaId: string; name: string; feederId: string | null; kwh: number }[];
  // Customers per area: under a category, from the archive's narrow copy of each customer's
  // group (agg_customer_groups, kept by every archive import) rather than the wide archive rows.
  const counted = filter.category === undefined ? groupClause(filter, '', true) : groupClause(filter);
  const counting =
    filter.category === undefined
      ? `SELECT COALESCE(area_id, '') AS areaId, COUNT(*) AS n FROM customers WHERE 1${counted.sql} GROUP BY 1`
      : `SELECT area_id AS areaId, COUNT(*) AS n FROM agg_customer_groups WHERE 1${counted.sql} GROUP BY 1`;
  const customers = new Map((db.prepare(counting).all(counted.params) as { areaId: string; n: number }[]).map((r) => [r.areaId, r.n]));
  const losses = new Map(areaLosses(db, range).map((l) => [l.areaId, l]));
  return rows.map((r) => {
    const loss = losses.get(r.areaId);
    return {
      ...r,
      customers: customers.get(r.areaId) ?? 0,
      suppliedKwh: loss ? loss.suppliedKwh : null,
      lossRate: loss ? loss.lossRate : null,
    };
  });
}

/**
 * Daily consumption (the region's, or an area's) against the daily mean temperature of the
 * station with the most days in the period.
 */
export function loadVsTemperature(db: Db, period: MonthRange | null, filter: OverviewFilter = {}): LoadVsTemperature {
  const range = filteredRange(period, filter);
  if (!range) return { station: null, points: [] };
  const from = firstDayOf(range.from);
  const to = lastDayOf(range.to);
  const station = db
    .prepare(
      `SELECT station FROM agg_weather_daily WHERE day BETWEEN ? AND ? AND temperature_mean IS NOT NULL
        GROUP BY station ORDER BY COUNT(*) DESC, station LIMIT 1`,
    )
    .pluck()
    .get(from, to) as string | undefined;
  if (station === undefined) return { station: null, points: [] };
  if (filter.areaId !== undefined) {
    // The region's days are summed over the areas (agg_energy_daily); an area's come from its own month rows.
    const temperatures = db
      .prepare('SELECT day, temperature_mean FROM agg_weather_daily WHERE station = ? AND day BETWEEN ? AND ? AND temperature_mean IS NOT NULL ORDER BY day')
      .raw(true)
      .all(station, from, to) as [number, number][];
    const kwh = areaDailyKwh(db, range, filter);
    const points = temperatures.filter(([day]) => kwh.has(day)).map(([day, temperature]) => ({ date: formatDay(day), kwh: kwh.get(day)!, temperature }));
    return { station, points };
  }
  const where = groupClause(filter, 'e');
  const rows = db
    .prepare(
      `SELECT e.day, SUM(e.kwh) AS kwh, w.temperature_mean AS temperature
         FROM agg_energy_daily e JOIN agg_weather_daily w ON w.day = e.day AND w.station = @station
        WHERE e.day BETWEEN @from AND @to AND w.temperature_mean IS NOT NULL${where.sql}
        GROUP BY e.day ORDER BY e.day`,
    )
    .all({ station, from, to, ...where.params }) as { day: number; kwh: number; temperature: number }[];
  return { station, points: rows.map((r) => ({ date: formatDay(r.day), kwh: r.kwh, temperature: r.temperature })) };
}

/** Customers of the archive (an area's, a category's) by category; the archive has no months. */
export function customersByCategory(db: Db, filter: Pick<OverviewFilter, 'areaId' | 'category'> = {}): CustomersByCategory {
  const totals = new Map<Category, { customers: number; contractKva: number }>();
  const where = groupClause(filter, '', true);
  const rows = db.prepare(`SELECT category, COUNT(*) AS customers, TOTAL(contract_kva) AS contractKva FROM customers WHERE 1${where.sql} GROUP BY category`).all(where.params) as {
    category: string;
    customers: number;
    contractKva: number;
  }[];
  for (const row of rows) {
    const category = asCategory(row.category);
    const t = totals.get(category) ?? { customers: 0, contractKva: 0 };
    t.customers += row.customers;
    t.contractKva += row.contractKva;
    totals.set(category, t);
  }
  return { categories: categories.filter((c) => totals.has(c)).map((category) => ({ category, ...totals.get(category)! })) };
}

export function arrearsByMonth(db: Db, period: MonthRange | null, filter: OverviewFilter = {}): ArrearsOverview {
  const empty: ArrearsOverview = { months: [], billedYuan: [], paidYuan: [], arrearsYuan: [], customersInArrears: [], lateFeeYuan: [] };
  const range = filteredRange(period, filter);
  if (!range) return empty;
  const months = monthsOf(range);
  const where = groupClause(filter);
  const rows = new Map(
    (
      db
        .prepare(
          `SELECT month, TOTAL(billed_yuan) AS billed, TOTAL(paid_yuan) AS paid, TOTAL(arrears_yuan) AS arrears,
                  TOTAL(customers_in_arrears) AS owing, TOTAL(late_fee_yuan) AS fees
             FROM agg_bills_monthly WHERE month BETWEEN @from AND @to${where.sql} GROUP BY month`,
        )
        .all({ ...range, ...where.params }) as { month: number; billed: number; paid: number; arrears: number; owing: number; fees: number }[]
    ).map((r) => [r.month, r]),
  );
  const column = (key: 'billed' | 'paid' | 'arrears' | 'owing' | 'fees') => months.map((m) => rows.get(m)?.[key] ?? 0);
  return {
    months: months.map(formatMonth),
    billedYuan: column('billed'),
    paidYuan: column('paid'),
    arrearsYuan: column('arrears'),
    customersInArrears: column('owing'),
    lateFeeYuan: column('fees'),
  };
}
