// The Overview's drill-down from an area to its customers: each customer of the area (of the
// category filtered) with its consumption, bills and arrears over the period, largest consumer
// first. One area's customers are read through the archive's area index, their meters' month
// rows and their bills by primary key: a few hundred rows, not a pass over the workspace.
import { categories, type AreaCustomer, type AreaCustomers, type Category, type OverviewFilter } from '../api/overviewTypes.js';
import { formatMonth } from '../core/calendar.js';
import type { Db } from '../store/database.js';
import { filteredRange, groupClause } from './filter.js';
import { resolvePeriod } from './period.js';

const asCategory = (value: string): Category => ((categories as readonly string[]).includes(value) ? (value as Category) : 'other');

export function areaCustomers(
  db: Db,
  args: { from?: string | undefined; to?: string | undefined; limit: number } & OverviewFilter & { areaId: string },
): AreaCustomers {
  const filter: OverviewFilter = { areaId: args.areaId, month: args.month, category: args.category };
  const range = filteredRange(resolvePeriod(db, args), filter);
  const area = (db.prepare('SELECT name, feeder_id AS feederId FROM areas WHERE area_id = ?').get(args.areaId) as { name: string | null; feederId: string | null } | undefined) ?? {
    name: '',
    feederId: null,
  };
  const head = { areaId: args.areaId, name: area.name ?? '', feederId: area.feederId, period: range && { from: formatMonth(range.from), to: formatMonth(range.to) } };
  if (!range) return { ...head, customers: [], total: 0 };
  const where = groupClause(filter, 'c', true);
  const rows = db
    .prepare(
      `SELECT c.customer_id AS customerId, c.category AS category,
              (SELECT TOTAL(d.total_kwh) FROM meters m JOIN daily_energy d ON d.meter_id = m.meter_id
                WHERE m.customer_id = c.customer_id AND d.month BETWEEN @from AND @to) AS kwh,
              (SELECT TOTAL(billed_yuan) FROM bills WHERE customer_id = c.customer_id AND month BETWEEN @from AND @to) AS billedYuan,
              (SELECT TOTAL(arrears_yuan) FROM bills WHERE customer_id = c.customer_id AND month BETWEEN @from AND @to) AS arrearsYuan
         FROM customers c
        WHERE 1${where.sql}
        ORDER BY kwh DESC, c.customer_id`,
    )
    .all({ ...range, ...where.params }) as (Omit<AreaCustomer, 'category'> & { category: string })[];
  return {
    ...head,
    customers: rows.slice(0, args.limit).map((r) => ({ ...r, category: asCategory(r.category) })),
    total: rows.length,
  };
}
