// An export asked for unmasked (`unmask: true`, granted by the role policy and recorded as such):
// the rows' masked customer names replaced by the archive's, a batch of rows at a time.
import type { Db } from '../store/database.js';

export function withFullNames<R extends { customerId: string; customerName: string | null }>(db: Db, rows: R[]): R[] {
  if (rows.length === 0) return rows;
  const found = db
    .prepare('SELECT customer_id AS id, name FROM customers WHERE customer_id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(rows.map((r) => r.customerId))) as { id: string; name: string | null }[];
  const names = new Map(found.map((f) => [f.id, f.name]));
  return rows.map((r) => (names.has(r.customerId) ? { ...r, customerName: names.get(r.customerId)! } : r));
}
