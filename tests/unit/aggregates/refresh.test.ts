import { afterEach, describe, expect, it } from 'vitest';
import { refreshAfterImport, refreshAll } from '../../../engine/aggregates/refresh.js';
import type { Db } from '../../../engine/store/database.js';
import { addBill, addCurve, addCustomer, addDailyMonth, addOrphanMeter, tableRows, tempWorkspace } from './workspace.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function open(): Db {
  const w = tempWorkspace();
  cleanup = w.cleanup;
  return w.db;
}

function stats(db: Db, kind: string) {
  return db.prepare('SELECT * FROM catalog_stats WHERE kind = ?').get(kind) as Record<string, number | string | null>;
}

/** Two areas, three categories and one meter nobody owns; March and April 2024 of daily data. */
function smallRegion(db: Db): void {
  addCustomer(db, 'C1', 'residential', 'A1', 'M1');
  addCustomer(db, 'C2', 'residential', 'A1', 'M2');
  addCustomer(db, 'C3', 'commercial', 'A2', 'M3');
  addCustomer(db, 'C4', 'large_industry', null, 'M4');
  addOrphanMeter(db, 'M9');
  for (const month of [202403, 202404]) {
    addDailyMonth(db, 'M1', month, (d) => 10 + d);
    addDailyMonth(db, 'M2', month, (d) => (d === 5 ? Number.NaN : 3));
    addDailyMonth(db, 'M3', month, () => 100 + (month % 100));
    addDailyMonth(db, 'M4', month, () => 1000);
    addDailyMonth(db, 'M9', month, (d) => (d <= 10 ? 7 : Number.NaN));
  }
}

describe('energy aggregates', () => {
  it('equal direct sums per month, area and category, unmatched meters under area "" and "other"', () => {
    const db = open();
    smallRegion(db);
    refreshAll(db);
    const monthly = db
      .prepare(`SELECT area_id, category, kwh, meters FROM agg_energy_monthly WHERE month = 202403 ORDER BY area_id, category`)
      .all();
    const m1 = Array.from({ length: 31 }, (_, i) => 11 + i).reduce((a, b) => a + b, 0);
    expect(monthly).toEqual([
      { area_id: '', category: 'large_industry', kwh: 31 * 1000, meters: 1 },
      { area_id: '', category: 'other', kwh: 70, meters: 1 },
      { area_id: 'A1', category: 'residential', kwh: m1 + 30 * 3, meters: 2 },
      { area_id: 'A2', category: 'commercial', kwh: 31 * 103, meters: 1 },
    ]);
    const day5 = db.prepare(`SELECT category, kwh, meters FROM agg_energy_daily WHERE day = 20240405 ORDER BY category`).all();
    expect(day5).toEqual([
      { category: 'commercial', kwh: 104, meters: 1 },
      { category: 'large_industry', kwh: 1000, meters: 1 },
      { category: 'other', kwh: 7, meters: 1 },
      { category: 'residential', kwh: 15, meters: 1 },
    ]);
    const total = db.prepare('SELECT SUM(total_kwh) FROM daily_energy').pluck().get() as number;
    expect(db.prepare('SELECT SUM(kwh) FROM agg_energy_monthly').pluck().get()).toBeCloseTo(total, 6);
    expect(db.prepare('SELECT SUM(kwh) FROM agg_energy_daily').pluck().get()).toBeCloseTo(total, 6);
  });

  it('an import refreshes only its months and ends where a full recount ends', () => {
    const db = open();
    smallRegion(db);
    refreshAll(db);
    const march = tableRows(db, 'agg_energy_monthly').filter((r) => (r as { month: number }).month === 202403);
    addDailyMonth(db, 'M1', 202404, () => 50); // replaced
    addDailyMonth(db, 'M3', 202405, () => 1); // new month
    refreshAfterImport(db, 'daily', { firstDay: 20240401, lastDay: 20240531 });
    const incremental = {
      monthly: tableRows(db, 'agg_energy_monthly'),
      daily: tableRows(db, 'agg_energy_daily'),
      stats: stats(db, 'daily'),
    };
    expect(incremental.monthly.filter((r) => (r as { month: number }).month === 202403)).toEqual(march);
    refreshAll(db);
    expect(tableRows(db, 'agg_energy_monthly')).toEqual(incremental.monthly);
    expect(tableRows(db, 'agg_energy_daily')).toEqual(incremental.daily);
    expect({ ...stats(db, 'daily'), last_import_at: null }).toEqual({ ...incremental.stats, last_import_at: null });
  });

  it('a customers import moves consumption to the new area and category and recounts unmatched meters', () => {
    const db = open();
    smallRegion(db);
    refreshAll(db);
    expect(stats(db, 'daily').unmatched).toBe(1);
    addCustomer(db, 'C9', 'agricultural', 'A2', 'M9');
    addCustomer(db, 'C1', 'commercial', 'A2', 'M1');
    refreshAfterImport(db, 'customers', null);
    expect(stats(db, 'daily').unmatched).toBe(0);
    expect(stats(db, 'customers')).toMatchObject({ rows: 5, entities: 5 });
    const a2 = db
      .prepare(`SELECT category, SUM(kwh) AS kwh FROM agg_energy_monthly WHERE area_id = 'A2' AND month = 202403 GROUP BY category ORDER BY category`)
      .all();
    expect(a2).toEqual([
      { category: 'agricultural', kwh: 70 },
      { category: 'commercial', kwh: 31 * 103 + Array.from({ length: 31 }, (_, i) => 11 + i).reduce((a, b) => a + b, 0) },
    ]);
    expect(db.prepare(`SELECT COUNT(*) FROM agg_energy_monthly WHERE area_id = ''AND category = 'other'`).pluck().get()).toBe(0);
  });
});

describe('catalog stats', () => {
  it('count daily values and days missing inside each meter span', () => {
    const db = open();
    smallRegion(db);
    refreshAll(db);
    // M1, M3, M4: 61 days each; M2: 61 minus one per month; M9: 10 + 10 days, span 2024-03-01..2024-04-10.
    expect(stats(db, 'daily')).toMatchObject({
      rows: 61 * 3 + 59 + 20,
      first_day: 20240301,
      last_day: 20240430,
      entities: 5,
      unmatched: 1,
      expected: 61 * 4 + (31 + 10),
      missing: 2 + 21,
    });
  });

  it('count curve intervals missing, whole days absent included, and unmatched meters', () => {
    const db = open();
    addCustomer(db, 'C1', 'commercial', 'A1', 'M1');
    addOrphanMeter(db, 'M9');
    addCurve(db, 'M1', 20240301, 5);
    addCurve(db, 'M1', 20240303, 5, 96, 4); // 2024-03-02 absent: 96 missing, plus 4 here
    addCurve(db, 'M9', 20240310, 2, 24);
    refreshAfterImport(db, 'interval', { firstDay: 20240301, lastDay: 20240310 });
    expect(stats(db, 'interval')).toMatchObject({
      rows: 3,
      first_day: 20240301,
      last_day: 20240310,
      entities: 2,
      unmatched: 1,
      expected: 3 * 96 + 24,
      missing: 100,
    });
    expect(stats(db, 'interval').last_import_at).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
    // A later import widens M1's span to 2024-04-01: 29 of its 32 days are absent.
    addCurve(db, 'M1', 20240401, 5);
    refreshAfterImport(db, 'interval', { firstDay: 20240401, lastDay: 20240401 });
    expect(stats(db, 'interval')).toMatchObject({ rows: 4, expected: 32 * 96 + 24, missing: 29 * 96 + 4 });
  });

  it('bills: rows, months as whole days, customers not in the archive', () => {
    const db = open();
    addCustomer(db, 'C1', 'residential', 'A1', 'M1');
    addBill(db, 'C1', 202401, 100, 100);
    addBill(db, 'C1', 202402, 120, 20, 1.5);
    addBill(db, 'X7', 202402, 50, 0);
    refreshAfterImport(db, 'bills', { firstDay: 20240101, lastDay: 20240229 });
    expect(stats(db, 'bills')).toMatchObject({ rows: 3, first_day: 20240101, last_day: 20240229, entities: 2, unmatched: 1, missing: null });
    const feb = db.prepare('SELECT * FROM agg_bills_monthly WHERE month = 202402 ORDER BY area_id').all();
    expect(feb).toEqual([
      { month: 202402, area_id: '', category: 'other', bills: 1, billed_yuan: 50, paid_yuan: 0, arrears_yuan: 50, late_fee_yuan: 0, customers_in_arrears: 1 },
      { month: 202402, area_id: 'A1', category: 'residential', bills: 1, billed_yuan: 120, paid_yuan: 20, arrears_yuan: 100, late_fee_yuan: 1.5, customers_in_arrears: 1 },
    ]);
  });

  it('area supply and weather aggregate per month and per day', () => {
    const db = open();
    const supply = db.prepare('INSERT INTO area_supply (area_id, day, supplied_kwh, sold_kwh, import_id) VALUES (?, ?, ?, ?, 1)');
    supply.run('A1', 20240301, 100, null);
    supply.run('A1', 20240303, 110, null);
    supply.run('A2', 20240302, 50, 45);
    refreshAfterImport(db, 'area-supply', { firstDay: 20240301, lastDay: 20240303 });
    expect(db.prepare('SELECT * FROM agg_area_supply_monthly ORDER BY area_id').all()).toEqual([
      { month: 202403, area_id: 'A1', supplied_kwh: 210, sold_kwh: null, days: 2 },
      { month: 202403, area_id: 'A2', supplied_kwh: 50, sold_kwh: 45, days: 1 },
    ]);
    expect(stats(db, 'area-supply')).toMatchObject({ rows: 3, entities: 2, unmatched: 2, expected: 4, missing: 1 });

    const weather = db.prepare('INSERT INTO weather (station, ts, temperature, import_id) VALUES (?, ?, ?, 1)');
    for (let h = 0; h < 24; h++) weather.run('S1', 202403010000 + h * 100, h);
    refreshAfterImport(db, 'weather', { firstDay: 20240301, lastDay: 20240301 });
    expect(db.prepare('SELECT * FROM agg_weather_daily').all()).toEqual([
      { day: 20240301, station: 'S1', temperature_mean: 11.5, temperature_min: 0, temperature_max: 23 },
    ]);
    expect(stats(db, 'weather')).toMatchObject({ rows: 24, entities: 1, unmatched: null });
  });
});
