// How to read the rows of a bulk table (curves, daily consumption, bills) within a range of
// its indexed period column. Going through the period index visits rows in period order,
// which jumps around a table written customer by customer; collecting their rowids first
// visits them in table order, at a cost that follows the rows in range. When the range holds
// most of the table, one sequential pass is cheaper still. The condition takes the range as
// its two parameters.
import type { Db } from '../store/database.js';

type BulkTable =
  | { table: 'interval_load'; column: 'day' }
  | { table: 'daily_energy'; column: 'month' }
  | { table: 'bills'; column: 'month' };

export interface RangeScan {
  /** The FROM item (with its alias). */
  from: string;
  /** The WHERE condition selecting the range. */
  where: string;
}

export function rangeScan(db: Db, source: BulkTable, range: { from: number; to: number }, alias: string = source.table): RangeScan {
  const { table, column } = source;
  const inRange = db.prepare(`SELECT COUNT(*) FROM ${table} WHERE ${column} BETWEEN ? AND ?`).pluck().get(range.from, range.to) as number;
  const stored = (db.prepare(`SELECT MAX(rowid) FROM ${table}`).pluck().get() as number | null) ?? 0;
  return inRange * 2 >= stored
    ? { from: `${table} AS ${alias} NOT INDEXED`, where: `${alias}.${column} BETWEEN ? AND ?` }
    : { from: `${table} AS ${alias}`, where: `${alias}.rowid IN (SELECT rowid FROM ${table} WHERE ${column} BETWEEN ? AND ?)` };
}
