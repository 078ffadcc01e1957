// Bill aggregates (agg_bills_monthly) per billing month, area and category: for a span of
// months after a bills import, or for a few groups over every month after an archive import.
import type { Db } from '../store/database.js';
import { groupsJson, UNMATCHED, type Group } from './groups.js';
import type { MonthSpan } from './range.js';
import { rangeScan } from './access.js';

const SUMS = `COUNT(*), SUM(b.billed_yuan), SUM(b.paid_yuan), SUM(b.arrears_yuan), SUM(b.late_fee_yuan), SUM(b.arrears_yuan > 0)`;
const COLUMNS = '(month, area_id, category, bills, billed_yuan, paid_yuan, arrears_yuan, late_fee_yuan, customers_in_arrears)';

export function refreshBills(db: Db, months: MonthSpan): void {
  db.prepare('DELETE FROM agg_bills_monthly WHERE month BETWEEN ? AND ?').run(months.from, months.to);
  const scan = rangeScan(db, { table: 'bills', column: 'month' }, months, 'b');
  db.prepare(
    `INSERT INTO agg_bills_monthly ${COLUMNS}
     SELECT b.month, COALESCE(c.area_id, ''), COALESCE(c.category, 'other'), ${SUMS}
       FROM ${scan.from} LEFT JOIN customers c ON c.customer_id = b.customer_id
      WHERE ${scan.where}
      GROUP BY 1, 2, 3`,
  ).run(months.from, months.to);
}

/**
 * Bills of a group's customers, found through the customers' area index; the unmatched group
 * also holds the bills of customers not in the archive, which only a pass over the bills finds.
 */
function groupBills(group: Group): string {
  const customers =
    group.area === ''
      ? `SELECT b.* FROM customers c JOIN bills b ON b.customer_id = c.customer_id WHERE (c.area_id IS NULL OR c.area_id = '') AND c.category = @category`
      : `SELECT b.* FROM customers c JOIN bills b ON b.customer_id = c.customer_id WHERE c.area_id = @area AND c.category = @category`;
  if (group.area !== UNMATCHED.area || group.category !== UNMATCHED.category) return customers;
  return `${customers} UNION ALL SELECT b.* FROM bills b WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.customer_id = b.customer_id)`;
}

export function refreshBillGroups(db: Db, groups: Group[]): void {
  if (groups.length === 0) return;
  db.prepare('DELETE FROM agg_bills_monthly WHERE (area_id, category) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?))').run(groupsJson(groups));
  for (const group of groups) {
    db.prepare(`INSERT INTO agg_bills_monthly ${COLUMNS} SELECT b.month, @area, @category, ${SUMS} FROM (${groupBills(group)}) b GROUP BY b.month`).run(group);
  }
}
