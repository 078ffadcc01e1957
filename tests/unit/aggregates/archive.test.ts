// A customers import that says which customers it inserted or updated recounts only the groups
// their meters and bills left or joined, and ends where a full recount ends.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { refreshAfterImport, refreshAll } from '../../../engine/aggregates/refresh.js';
import { MultiplierChange } from '../../../engine/import/writers/rescale.js';
import type { Db } from '../../../engine/store/database.js';
import { closeDemos, smallDemo } from '../demo/smallDemo.js';
import { addBill, addCustomer, addDailyMonth, addOrphanMeter, tableRows, tempWorkspace } from './workspace.js';

afterAll(closeDemos);
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const energyTables = ['agg_energy_monthly', 'agg_energy_group_days', 'agg_energy_daily', 'agg_meter_groups', 'agg_customer_groups'];
const money = ['billed_yuan', 'paid_yuan', 'arrears_yuan', 'late_fee_yuan'];

/** Bill sums in the order SQLite adds them differ in the last bits from one grouping to another. */
const billsAbout = (rows: unknown[]) =>
  rows.map((row) => Object.fromEntries(Object.entries(row as Record<string, unknown>).map(([k, v]) => [k, money.includes(k) ? expect.closeTo(v as number, 6) : v])));

const catalog = (db: Db) =>
  (db.prepare('SELECT * FROM catalog_stats ORDER BY kind').all() as Record<string, unknown>[]).map((r) => ({ ...r, last_import_at: null }));

/** Rows no recount would write: they stay only where nothing recounted their group or category. */
function addSentinels(db: Db): void {
  db.prepare(`INSERT INTO agg_energy_monthly (month, area_id, category, kwh, meters) VALUES (209912, 'ZZ', 'other', 1, 1)`).run();
  db.prepare(`INSERT INTO agg_energy_daily (day, category, kwh, meters) VALUES (20991201, 'zz', 1, 1)`).run();
  db.prepare(`INSERT INTO agg_bills_monthly VALUES (209912, 'ZZ', 'other', 1, 1, 1, 0, 0, 0)`).run();
}
const sentinels = (db: Db) =>
  [
    `SELECT COUNT(*) FROM agg_energy_monthly WHERE area_id = 'ZZ'`,
    `SELECT COUNT(*) FROM agg_energy_daily WHERE category = 'zz'`,
    `SELECT COUNT(*) FROM agg_bills_monthly WHERE area_id = 'ZZ'`,
  ].map((sql) => db.prepare(sql).pluck().get());

function values(db: Db, sql: string, ...params: unknown[]): unknown[] {
  return db.prepare(sql).pluck().all(...params);
}

describe('an archive import of a few customers', () => {
  it('recounts what they moved and ends where a full recount ends', () => {
    const { db } = smallDemo({ seed: 21, customers: 150, days: 100 });
    // Consumption of a meter and bills of a customer that the archive does not know yet.
    const month = values(db, 'SELECT MAX(month) FROM daily_energy')[0] as number;
    addOrphanMeter(db, 'ORPHAN-1');
    addDailyMonth(db, 'ORPHAN-1', month, (d) => d);
    addBill(db, 'NEW-1', month, 80, 30);
    db.transaction(() => refreshAll(db))();
    const before = { energy: tableRows(db, 'agg_energy_monthly'), daily: tableRows(db, 'agg_energy_daily'), bills: tableRows(db, 'agg_bills_monthly') };

    const customers = values(db, `SELECT customer_id FROM customers WHERE category = 'residential' AND area_id IS NOT NULL ORDER BY customer_id`) as string[];
    const areas = values(db, 'SELECT area_id FROM areas ORDER BY area_id') as string[];
    const meterOf = (c: string) => values(db, 'SELECT meter_id FROM meters WHERE customer_id = ? ORDER BY meter_id', c)[0] as string;
    const changed = new Set<string>();
    const change = (customer: string, sql: string, ...params: unknown[]) => {
      db.prepare(sql).run(...params);
      changed.add(customer);
    };
    const [recategorised, moved, arealess, giver, taker, renamed] = customers;
    change(recategorised!, `UPDATE customers SET category = 'commercial' WHERE customer_id = ?`, recategorised);
    change(moved!, `UPDATE customers SET area_id = ? WHERE customer_id = ?`, areas.at(-1), moved);
    change(arealess!, 'UPDATE customers SET area_id = NULL WHERE customer_id = ?', arealess);
    change(taker!, 'UPDATE meters SET customer_id = ? WHERE meter_id = ?', taker, meterOf(giver!));
    change(renamed!, `UPDATE customers SET name = 'renamed' WHERE customer_id = ?`, renamed);
    // A new multiplier rescales the consumption derived from readings, as the import does.
    const [reading, multiplier] = db
      .prepare('SELECT d.meter_id, d.multiplier FROM daily_energy d JOIN meters m ON m.meter_id = d.meter_id WHERE d.registers > 0 AND d.multiplier = m.multiplier LIMIT 1')
      .raw(true)
      .get() as [string, number];
    const owner = values(db, 'SELECT customer_id FROM meters WHERE meter_id = ?', reading)[0] as string;
    change(owner, 'UPDATE meters SET multiplier = ? WHERE meter_id = ?', multiplier * 40, reading);
    new MultiplierChange(db, 1).apply(reading, multiplier, multiplier * 40);
    // A new customer takes the orphan meter and the bills it had.
    addCustomer(db, 'NEW-1', 'agricultural', areas[0]!, 'ORPHAN-1');
    changed.add('NEW-1');

    addSentinels(db);
    db.transaction(() => refreshAfterImport(db, 'customers', null, changed))();
    expect(sentinels(db)).toEqual([1, 1, 1]);
    const incremental = { energy: energyTables.map((t) => tableRows(db, t)), bills: tableRows(db, 'agg_bills_monthly'), catalog: catalog(db) };
    expect(values(db, `SELECT COUNT(*) FROM agg_energy_monthly WHERE area_id = '' AND category = 'other'`)).toEqual([0]);
    expect(incremental.energy[0]).not.toEqual(before.energy);
    expect(incremental.energy[2]).not.toEqual(before.daily);
    expect(incremental.bills).not.toEqual(before.bills);

    db.transaction(() => refreshAfterImport(db, 'customers', null))();
    expect(sentinels(db)).toEqual([0, 0, 0]);
    expect(energyTables.map((t) => tableRows(db, t))).toEqual(incremental.energy.map((rows) => rows.filter((r) => !JSON.stringify(r).includes('"ZZ"') && !JSON.stringify(r).includes('"zz"'))));
    expect(incremental.bills.filter((r) => (r as { area_id: string }).area_id !== 'ZZ')).toEqual(billsAbout(tableRows(db, 'agg_bills_monthly')));
    expect(incremental.catalog).toEqual(catalog(db));
  });

  it('that changed nothing the aggregates count recounts nothing', () => {
    const { db } = smallDemo({ seed: 22, customers: 60, days: 40 });
    const customer = values(db, 'SELECT customer_id FROM customers LIMIT 1')[0] as string;
    db.prepare(`UPDATE customers SET name = 'renamed', phone = '13800000000' WHERE customer_id = ?`).run(customer);
    addSentinels(db);
    const before = [...energyTables, 'agg_bills_monthly'].map((t) => tableRows(db, t));
    refreshAfterImport(db, 'customers', null, new Set([customer]));
    expect([...energyTables, 'agg_bills_monthly'].map((t) => tableRows(db, t))).toEqual(before);
  });

  it('an areas import recounts no consumption or bills, only what is unmatched', () => {
    const w = tempWorkspace();
    cleanup = w.cleanup;
    addCustomer(w.db, 'C1', 'residential', 'A1', 'M1');
    addDailyMonth(w.db, 'M1', 202403, () => 1);
    const supply = w.db.prepare('INSERT INTO area_supply (area_id, day, supplied_kwh, import_id) VALUES (?, ?, ?, 1)');
    supply.run('A1', 20240301, 10);
    refreshAll(w.db);
    expect(w.db.prepare(`SELECT unmatched FROM catalog_stats WHERE kind = 'area-supply'`).pluck().get()).toBe(1);
    addSentinels(w.db);
    w.db.prepare(`INSERT INTO areas (area_id, name) VALUES ('A1', 'north')`).run();
    refreshAfterImport(w.db, 'areas', null);
    expect(sentinels(w.db)).toEqual([1, 1, 1]);
    expect(w.db.prepare(`SELECT unmatched FROM catalog_stats WHERE kind = 'area-supply'`).pluck().get()).toBe(0);
  });

  it('without the list of changed customers, recounts everything the archive decides', () => {
    const { db } = smallDemo({ seed: 23, customers: 60, days: 40 });
    addSentinels(db);
    refreshAfterImport(db, 'customers', null);
    expect(sentinels(db)).toEqual([0, 0, 0]);
  });
});
