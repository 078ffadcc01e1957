// Rows written by primary key: one statement per row, which tells a new row from a changed one
// and from an identical one.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyedUpsert, type Outcome } from '../../../../engine/import/writers/keyedUpsert.js';
import { closeWorkspaces, testWorkspace } from './workspace.js';

afterEach(closeWorkspaces);

describe('keyed upsert', () => {
  it('writes each row with one statement and tells imported, updated and skipped apart', () => {
    const ws = testWorkspace();
    const executed: string[] = [];
    const db = new Database(path.join(ws.dir, 'w.workbench'), { verbose: (sql) => executed.push(String(sql)) });
    /** The row's outcome and the number of statements it took. */
    const write = (upsert: KeyedUpsert, customer: string, billed: number, paidDay: number | null): [Outcome, number] => {
      const before = executed.length;
      const outcome = upsert.write([customer, 202403], [billed, paidDay]);
      return [outcome, executed.length - before];
    };
    try {
      const columns = ['billed_yuan', 'paid_day'];
      const first = new KeyedUpsert(db, 'bills', ['customer_id', 'month'], columns, 1);
      expect([
        write(first, 'C1', 10, null),
        write(first, 'C2', 10, 20240310),
        write(first, 'C1', 10, null),
        write(first, 'C1', 12, null),
      ]).toEqual([['imported', 1], ['imported', 1], ['skipped', 1], ['updated', 1]]);
      // A later import: rows of the earlier one are updated or skipped, new keys imported.
      const second = new KeyedUpsert(db, 'bills', ['customer_id', 'month'], columns, 2);
      expect([
        write(second, 'C2', 10, 20240310),
        write(second, 'C2', 10, null),
        write(second, 'C3', 5, null),
        write(second, 'C1', 12, null),
      ]).toEqual([['skipped', 1], ['updated', 1], ['imported', 1], ['skipped', 1]]);
      expect(db.prepare('SELECT customer_id, billed_yuan, paid_day, import_id FROM bills ORDER BY customer_id').all()).toEqual([
        { customer_id: 'C1', billed_yuan: 12, paid_day: null, import_id: 1 },
        { customer_id: 'C2', billed_yuan: 10, paid_day: null, import_id: 2 },
        { customer_id: 'C3', billed_yuan: 5, paid_day: null, import_id: 2 },
      ]);
    } finally {
      db.close();
    }
  });
});
