// The catalog ledger: rows per kind and month and per kind and entity, written for what an
// import touched.
import { afterEach, describe, expect, it } from 'vitest';
import { refreshAfterImport, refreshAll } from '../../../engine/aggregates/refresh.js';
import type { Db } from '../../../engine/store/database.js';
import { addCustomer, addCurve, addDailyMonth, addOrphanMeter, tempWorkspace } from './workspace.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function open(): { db: Db; dir: string } {
  const w = tempWorkspace();
  cleanup = w.cleanup;
  return w;
}

const months = (db: Db, kind: string) =>
  db.prepare('SELECT month, rows, present, first_day, last_day FROM catalog_ledger_months WHERE kind = ? ORDER BY month').all(kind);
const entities = (db: Db, kind: string) =>
  db.prepare('SELECT entity, first_day, last_day, units_per_day, expected FROM catalog_ledger_entities WHERE kind = ? ORDER BY entity').all(kind);
const stats = (db: Db, kind: string) => db.prepare('SELECT * FROM catalog_stats WHERE kind = ?').get(kind) as Record<string, unknown>;

describe('the catalog ledger', () => {
  it('keeps a row per kind and month and per kind and entity, nothing in meta', () => {
    const { db } = open();
    addCustomer(db, 'C1', 'residential', 'A1', 'M1');
    addOrphanMeter(db, 'M9');
    addDailyMonth(db, 'M1', 202403, () => 5);
    addDailyMonth(db, 'M9', 202404, (d) => (d >= 10 && d <= 19 ? 1 : Number.NaN));
    refreshAll(db);
    expect(months(db, 'daily')).toEqual([
      { month: 202403, rows: 31, present: 31, first_day: 20240301, last_day: 20240331 },
      { month: 202404, rows: 10, present: 10, first_day: 20240410, last_day: 20240419 },
    ]);
    expect(entities(db, 'daily')).toEqual([
      { entity: 'M1', first_day: 20240301, last_day: 20240331, units_per_day: 1, expected: 31 },
      { entity: 'M9', first_day: 20240410, last_day: 20240419, units_per_day: 1, expected: 10 },
    ]);
    expect(db.prepare(`SELECT COUNT(*) FROM meta WHERE key LIKE 'catalog_ledger%'`).pluck().get()).toBe(0);
  });

  it('counts a month of readings without a consumption value for the browser, not for the dates', () => {
    const { db } = open();
    addCustomer(db, 'C1', 'residential', 'A1', 'M1');
    addDailyMonth(db, 'M1', 202403, () => 5);
    addDailyMonth(db, 'M1', 202404, () => Number.NaN);
    refreshAll(db);
    expect(db.prepare(`SELECT month, rows, table_rows FROM catalog_ledger_months WHERE kind = 'daily' ORDER BY month`).all()).toEqual([
      { month: 202403, rows: 31, table_rows: 1 },
      { month: 202404, rows: 0, table_rows: 1 },
    ]);
    expect(stats(db, 'daily')).toMatchObject({ rows: 31, table_rows: 2, first_day: 20240301, last_day: 20240331 });
  });

  it('an import rewrites the months it touched and widens the spans of the entities it saw', () => {
    const { db } = open();
    addCustomer(db, 'C1', 'commercial', 'A1', 'M1');
    addCustomer(db, 'C2', 'commercial', 'A1', 'M2');
    addCurve(db, 'M1', 20240301, 5);
    addCurve(db, 'M2', 20240302, 5, 96, 6);
    refreshAfterImport(db, 'interval', { firstDay: 20240301, lastDay: 20240302 });
    const march = months(db, 'interval');
    const m2 = entities(db, 'interval')[1];

    addCurve(db, 'M1', 20240405, 5, 96, 10);
    refreshAfterImport(db, 'interval', { firstDay: 20240405, lastDay: 20240405 });
    expect(months(db, 'interval')).toEqual([...march, { month: 202404, rows: 1, present: 86, first_day: 20240405, last_day: 20240405 }]);
    expect(entities(db, 'interval')).toEqual([
      { entity: 'M1', first_day: 20240301, last_day: 20240405, units_per_day: 96, expected: 36 * 96 },
      m2,
    ]);
    expect(stats(db, 'interval')).toMatchObject({ rows: 3, entities: 2, expected: 36 * 96 + 96, missing: 36 * 96 + 96 - (96 + 90 + 86) });
  });
});
