// Bill aggregates (agg_bills_monthly) per billing month, area and category.
import type { Db } from '../store/database.js';
import type { MonthSpan } from './range.js';
import { rangeScan } from './access.js';

export function refreshBills(db: Db, months: MonthSpan): void {
  db.prepare('DELETE FROM agg_bills_monthly WHERE month BETWEEN ? AND ?').run(months.from, months.to);
  const scan = rangeScan(db, { table: 'bills', column: 'month' }, months, 'b');
  db.prepare(
    `INSERT INTO agg_bills_monthly
       (month, area_id, category, bills, billed_yuan, paid_yuan, arrears_yuan, late_fee_yuan, customers_in_arrears)
     SELECT b.month, COALESCE(c.area_id, ''), COALESCE(c.category, 'other'), COUNT(*),
            SUM(b.billed_yuan), SUM(b.paid_yuan), SUM(b.arrears_yuan), SUM(b.late_fee_yuan), SUM(b.arrears_yuan > 0)
       FROM ${scan.from} LEFT JOIN customers c ON c.customer_id = b.customer_id
      WHERE ${scan.where}
      GROUP BY 1, 2, 3`,
  ).run(months.from, months.to);
}
