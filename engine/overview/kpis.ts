// The overview's headline figures for a period, from the aggregate tables, narrowed by the
// Overview's cross-filters (an area, a month in place of the period, a category).
import type { OverviewFilter, OverviewKpis } from '../api/overviewTypes.js';
import type { Db } from '../store/database.js';
import { formatDay, formatMonth, lastDayOf } from '../core/calendar.js';
import { resolvePeriod, shiftYears, type MonthRange } from './period.js';
import { lineLoss } from './lineLoss.js';
import { filteredRange, groupClause, type Clause } from './filter.js';

const count = (db: Db, sql: string, params: Clause['params'] = {}) => db.prepare(sql).pluck().get(params) as number;

function consumption(db: Db, range: MonthRange, where: Clause): number {
  return db.prepare(`SELECT TOTAL(kwh) FROM agg_energy_monthly WHERE month BETWEEN @from AND @to${where.sql}`).pluck().get({ ...range, ...where.params }) as number;
}

/** Customers, areas and feeders of the archive that the area and category filters keep. */
function archiveCounts(db: Db, filter: OverviewFilter): { customers: number; areas: number; feeders: number } {
  const customers = groupClause(filter, '', true);
  if (filter.category !== undefined) {
    // From each customer's group as the aggregates count it (agg_customer_groups: area '' for
    // none), a narrow table, rather than the wide archive rows; the areas and feeders serving them.
    const groups = groupClause(filter);
    const { customers: n, areas } = db
      .prepare(`SELECT COUNT(*) AS customers, COUNT(DISTINCT NULLIF(area_id, '')) AS areas FROM agg_customer_groups WHERE 1${groups.sql}`)
      .get(groups.params) as { customers: number; areas: number };
    return {
      customers: n,
      areas,
      feeders: count(db, `SELECT COUNT(DISTINCT feeder_id) FROM areas WHERE area_id IN (SELECT area_id FROM agg_customer_groups WHERE 1${groups.sql})`, groups.params),
    };
  }
  if (filter.areaId !== undefined) {
    const area = { areaId: filter.areaId };
    return {
      customers: count(db, `SELECT COUNT(*) FROM customers WHERE 1${customers.sql}`, customers.params),
      areas: count(db, 'SELECT COUNT(*) FROM areas WHERE area_id = @areaId', area),
      feeders: count(db, 'SELECT COUNT(DISTINCT feeder_id) FROM areas WHERE area_id = @areaId', area),
    };
  }
  return {
    customers: count(db, 'SELECT COUNT(*) FROM customers'),
    areas: count(db, 'SELECT COUNT(*) FROM areas'),
    feeders: count(db, 'SELECT COUNT(*) FROM feeders'),
  };
}

/**
 * The headline figures. Under a category filter the line loss is null: it is a figure of an
 * area's supply, which no category has on its own.
 */
export function overviewKpis(db: Db, args: { from?: string | undefined; to?: string | undefined } & OverviewFilter): OverviewKpis {
  const filter: OverviewFilter = { areaId: args.areaId, month: args.month, category: args.category };
  const range = filteredRange(resolvePeriod(db, args), filter);
  const where = groupClause(filter);
  const archive = archiveCounts(db, filter);
  if (!range) {
    return {
      period: null,
      dataThrough: null,
      ...archive,
      consumptionKwh: 0,
      consumptionPrevYearKwh: null,
      billedYuan: 0,
      paidYuan: 0,
      collectionRate: null,
      arrearsYuan: 0,
      customersInArrears: 0,
      lineLossRate: null,
    };
  }
  const through = db.prepare('SELECT MAX(day) FROM agg_energy_daily WHERE day <= ?').pluck().get(lastDayOf(range.to)) as number | null;
  const firstMonth = db.prepare('SELECT MIN(month) FROM agg_energy_monthly').pluck().get() as number | null;
  const previous = shiftYears(range, -1);
  const bills = db
    .prepare(
      `SELECT TOTAL(billed_yuan) AS billed, TOTAL(paid_yuan) AS paid, TOTAL(arrears_yuan) AS arrears
         FROM agg_bills_monthly WHERE month BETWEEN @from AND @to${where.sql}`,
    )
    .get({ ...range, ...where.params }) as { billed: number; paid: number; arrears: number };
  // Customers owing on the period's latest billed month: a customer late on several months counts once.
  const owing = db
    .prepare(
      `SELECT TOTAL(customers_in_arrears) FROM agg_bills_monthly
        WHERE month = (SELECT MAX(month) FROM agg_bills_monthly WHERE month BETWEEN @from AND @to${where.sql})${where.sql}`,
    )
    .pluck()
    .get({ ...range, ...where.params }) as number;
  const loss = filter.category === undefined ? lineLoss(db, range, filter) : null;
  return {
    period: { from: formatMonth(range.from), to: formatMonth(range.to) },
    dataThrough: through === null ? null : formatDay(through),
    ...archive,
    consumptionKwh: consumption(db, range, where),
    consumptionPrevYearKwh: firstMonth !== null && firstMonth <= previous.from ? consumption(db, previous, where) : null,
    billedYuan: bills.billed,
    paidYuan: bills.paid,
    collectionRate: bills.billed > 0 ? bills.paid / bills.billed : null,
    arrearsYuan: bills.arrears,
    customersInArrears: owing,
    lineLossRate: loss && loss.suppliedKwh > 0 ? loss.lossRate : null,
  };
}
