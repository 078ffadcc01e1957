// The overview's headline figures for a period, from the aggregate tables.
import type { OverviewKpis } from '../api/overviewTypes.js';
import type { Db } from '../store/database.js';
import { formatDay, formatMonth, lastDayOf } from '../core/calendar.js';
import { resolvePeriod, shiftYears, type MonthRange } from './period.js';
import { lineLoss } from './lineLoss.js';

const count = (db: Db, sql: string) => db.prepare(sql).pluck().get() as number;

function consumption(db: Db, range: MonthRange): number {
  return db.prepare('SELECT TOTAL(kwh) FROM agg_energy_monthly WHERE month BETWEEN ? AND ?').pluck().get(range.from, range.to) as number;
}

export function overviewKpis(db: Db, args: { from?: string | undefined; to?: string | undefined }): OverviewKpis {
  const range = resolvePeriod(db, args);
  const archive = {
    customers: count(db, 'SELECT COUNT(*) FROM customers'),
    areas: count(db, 'SELECT COUNT(*) FROM areas'),
    feeders: count(db, 'SELECT COUNT(*) FROM feeders'),
  };
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
         FROM agg_bills_monthly WHERE month BETWEEN ? AND ?`,
    )
    .get(range.from, range.to) as { billed: number; paid: number; arrears: number };
  // Customers owing on the period's latest billed month: a customer late on several months counts once.
  const owing = db
    .prepare(
      `SELECT TOTAL(customers_in_arrears) FROM agg_bills_monthly
        WHERE month = (SELECT MAX(month) FROM agg_bills_monthly WHERE month BETWEEN ? AND ?)`,
    )
    .pluck()
    .get(range.from, range.to) as number;
  const loss = lineLoss(db, range);
  return {
    period: { from: formatMonth(range.from), to: formatMonth(range.to) },
    dataThrough: through === null ? null : formatDay(through),
    ...archive,
    consumptionKwh: consumption(db, range),
    consumptionPrevYearKwh: firstMonth !== null && firstMonth <= previous.from ? consumption(db, previous) : null,
    billedYuan: bills.billed,
    paidYuan: bills.paid,
    collectionRate: bills.billed > 0 ? bills.paid / bills.billed : null,
    arrearsYuan: bills.arrears,
    customersInArrears: owing,
    lineLossRate: loss.suppliedKwh > 0 ? loss.lossRate : null,
  };
}
