// Rows written by primary key: one statement per row that is new or unchanged, which tells a
// new row from a changed one and from an identical one; a key the file repeats counts once.
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyedUpsert, type Outcome } from '../../../../engine/import/writers/keyedUpsert.js';
import { emptyCounts } from '../../../../engine/import/writers/types.js';
import { closeWorkspaces, testWorkspace } from './workspace.js';

afterEach(closeWorkspaces);

describe('keyed upsert', () => {
  it('tells imported, updated and skipped apart, with one statement for a new or unchanged row', () => {
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
        // A second row of a key this import wrote replaces it; the key stays one imported.
        write(first, 'C1', 12, null),
      ]).toEqual([['imported', 1], ['imported', 1], ['skipped', 1], ['skipped', 2]]);
      // A later import: rows of the earlier one are updated (their values kept aside) or skipped, new keys imported.
      const second = new KeyedUpsert(db, 'bills', ['customer_id', 'month'], columns, 2);
      expect([
        write(second, 'C2', 10, 20240310),
        write(second, 'C2', 10, null),
        write(second, 'C3', 5, null),
        write(second, 'C1', 12, null),
      ]).toEqual([['skipped', 1], ['updated', 2], ['imported', 1], ['skipped', 1]]);
      expect(db.prepare('SELECT customer_id, billed_yuan, paid_day, import_id FROM bills ORDER BY customer_id').all()).toEqual([
        { customer_id: 'C1', billed_yuan: 12, paid_day: null, import_id: 1 },
        { customer_id: 'C2', billed_yuan: 10, paid_day: null, import_id: 2 },
        { customer_id: 'C3', billed_yuan: 5, paid_day: null, import_id: 2 },
      ]);
    } finally {
      db.close();
    }
  });

  it('counts a key the file changes and then puts back as it was as skipped, both rows, and leaves the row as it was', () => {
    const ws = testWorkspace();
    const columns = ['billed_yuan', 'paid_day'];
    const counts = emptyCounts();
    const first = new KeyedUpsert(ws.db, 'bills', ['customer_id', 'month'], columns, 1);
    first.count(['C1', 202403], [10, null], counts);
    first.count(['C1', 202403], [11, null], counts);
    expect(counts).toEqual({ imported: 1, updated: 0, skipped: 1 });

    const again = emptyCounts();
    const second = new KeyedUpsert(ws.db, 'bills', ['customer_id', 'month'], columns, 2);
    second.count(['C1', 202403], [10, null], again);
    expect(again).toEqual({ imported: 0, updated: 1, skipped: 0 });
    second.count(['C1', 202403], [11, null], again);
    expect(again).toEqual({ imported: 0, updated: 0, skipped: 2 });
    second.count(['C1', 202403], [12, null], again);
    expect(again).toEqual({ imported: 0, updated: 1, skipped: 2 });
    expect(ws.db.prepare('SELECT billed_yuan, import_id FROM bills').get()).toEqual({ billed_yuan: 12, import_id: 2 });
    second.count(['C1', 202403], [11, null], again);
    expect(again).toEqual({ imported: 0, updated: 0, skipped: 4 });
    expect(ws.db.prepare('SELECT billed_yuan, import_id FROM bills').get()).toEqual({ billed_yuan: 11, import_id: 1 });
  });
});
