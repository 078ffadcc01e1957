// The overview methods through the Engine on a small demo, checked against straightforward
// sums over the raw tables.
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/host/engine.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let raw: Database.Database;

beforeAll(async () => {
  engine = createTestEngine();
  const file = path.join(makeTempDir(), 'overview.workbench');
  await engine.runJob('demo.create', { path: file, seed: 2, customers: 300, days: 400 });
  await engine.call('workspace.open', { path: file });
  raw = new Database(file, { readonly: true });
});

afterAll(async () => {
  raw?.close();
  await closeTestEngines();
  removeTempDirs();
});

const value = (sql: string, ...params: unknown[]) => raw.prepare(sql).pluck().get(...params) as number;

/** Sum of the daily blobs of every meter for one day. */
function dayKwh(day: number): number {
  let total = 0;
  for (const blob of raw.prepare('SELECT kwh FROM daily_energy WHERE month = ?').pluck().iterate(Math.floor(day / 100)) as Iterable<Buffer>) {
    const v = blob.readDoubleLE(((day % 100) - 1) * 8);
    if (!Number.isNaN(v)) total += v;
  }
  return total;
}

describe('overview.kpis', () => {
  it('covers the last twelve months with data by default, with sums equal to the raw data', async () => {
    const kpis = await engine.call('overview.kpis', {});
    expect(kpis.period).toEqual({ from: '2025-01', to: '2025-12' });
    expect(kpis.dataThrough).toBe('2025-12-31');
    expect(kpis.customers).toBe(300);
    expect(kpis.areas).toBe(value('SELECT COUNT(*) FROM areas'));
    expect(kpis.feeders).toBe(value('SELECT COUNT(*) FROM feeders'));
    expect(kpis.consumptionKwh).toBeCloseTo(value('SELECT SUM(total_kwh) FROM daily_energy WHERE month BETWEEN 202501 AND 202512'), 3);
    expect(kpis.consumptionPrevYearKwh).toBeNull(); // the demo starts in November 2024
    const bills = raw.prepare('SELECT SUM(billed_yuan) AS b, SUM(paid_yuan) AS p, SUM(arrears_yuan) AS a FROM bills WHERE month BETWEEN 202501 AND 202512').get() as {
      b: number;
      p: number;
      a: number;
    };
    expect(kpis.billedYuan).toBeCloseTo(bills.b, 4);
    expect(kpis.paidYuan).toBeCloseTo(bills.p, 4);
    expect(kpis.arrearsYuan).toBeCloseTo(bills.a, 4);
    expect(kpis.collectionRate).toBeCloseTo(bills.p / bills.b, 9);
    expect(kpis.customersInArrears).toBe(value('SELECT COUNT(*) FROM bills WHERE month = (SELECT MAX(month) FROM bills) AND arrears_yuan > 0'));
    const supply = raw.prepare('SELECT SUM(supplied_kwh) AS s, SUM(sold_kwh) AS sold FROM area_supply WHERE day BETWEEN 20250101 AND 20251231').get() as {
      s: number;
      sold: number;
    };
    expect(kpis.lineLossRate).toBeCloseTo((supply.s - supply.sold) / supply.s, 9);
    expect(kpis.lineLossRate!).toBeGreaterThan(0.01);
    expect(kpis.lineLossRate!).toBeLessThan(0.08);
  });

  it('compares with the same months a year earlier when the workspace reaches back that far', async () => {
    const kpis = await engine.call('overview.kpis', { from: '2025-11', to: '2025-12' });
    expect(kpis.period).toEqual({ from: '2025-11', to: '2025-12' });
    expect(kpis.consumptionPrevYearKwh).toBeCloseTo(value('SELECT SUM(total_kwh) FROM daily_energy WHERE month BETWEEN 202411 AND 202412'), 3);
  });

  it('refuses a period that ends before it starts, and a malformed month', async () => {
    await expect(engine.call('overview.kpis', { from: '2025-06', to: '2025-01' })).rejects.toMatchObject({ code: 'validation' });
    await expect(engine.call('overview.kpis', { from: '2025-6' })).rejects.toMatchObject({ code: 'validation' });
  });
});

describe('overview charts', () => {
  it('consumption by month and category adds up to the raw data month by month', async () => {
    const result = await engine.call('overview.consumptionByMonth', {});
    expect(result.months).toHaveLength(12);
    expect(result.series.map((s) => s.category)).toEqual(['residential', 'commercial', 'large_industry', 'agricultural']);
    result.months.forEach((m, i) => {
      const month = Number(m.replace('-', ''));
      const total = result.series.reduce((sum, s) => sum + s.kwh[i]!, 0);
      expect(total).toBeCloseTo(value('SELECT SUM(total_kwh) FROM daily_energy WHERE month = ?', month), 3);
    });
    const residential = result.series.find((s) => s.category === 'residential')!.kwh[5]!;
    expect(residential).toBeCloseTo(
      value(`SELECT SUM(d.total_kwh) FROM daily_energy d JOIN meters m USING (meter_id) JOIN customers c USING (customer_id) WHERE d.month = 202506 AND c.category = 'residential'`),
      3,
    );
  });

  it('consumption by area carries supply and loss where supply exists, largest first', async () => {
    const areas = await engine.call('overview.consumptionByArea', { limit: 500 });
    expect(areas.length).toBe(value('SELECT COUNT(DISTINCT area_id) FROM customers'));
    expect(areas.map((a) => a.kwh)).toEqual([...areas.map((a) => a.kwh)].sort((a, b) => b - a));
    const top = areas[0]!;
    expect(top.customers).toBe(value('SELECT COUNT(*) FROM customers WHERE area_id = ?', top.areaId));
    expect(top.name).toBe(raw.prepare('SELECT name FROM areas WHERE area_id = ?').pluck().get(top.areaId));
    const s = raw
      .prepare('SELECT SUM(supplied_kwh) AS s, SUM(sold_kwh) AS sold FROM area_supply WHERE area_id = ? AND day BETWEEN 20250101 AND 20251231')
      .get(top.areaId) as { s: number; sold: number };
    expect(top.suppliedKwh).toBeCloseTo(s.s, 3);
    expect(top.lossRate).toBeCloseTo((s.s - s.sold) / s.s, 9);
    expect(await engine.call('overview.consumptionByArea', { limit: 3 })).toHaveLength(3);
  });

  it('load against temperature uses the station with the most data, a point per day', async () => {
    const result = await engine.call('overview.loadVsTemperature', {});
    expect(result.station).toBe('58457');
    expect(result.points).toHaveLength(365);
    const july = result.points.find((p) => p.date === '2025-07-15')!;
    expect(july.kwh).toBeCloseTo(dayKwh(20250715), 3);
    expect(july.temperature).toBeCloseTo(value(`SELECT AVG(temperature) FROM weather WHERE station = '58457' AND ts / 10000 = 20250715`), 9);
  });

  it('customers by category count the archive', async () => {
    const result = await engine.call('overview.customersByCategory', {});
    for (const c of result.categories) {
      expect(c.customers).toBe(value('SELECT COUNT(*) FROM customers WHERE category = ?', c.category));
      expect(c.contractKva).toBeCloseTo(value('SELECT SUM(contract_kva) FROM customers WHERE category = ?', c.category), 6);
    }
    expect(result.categories.reduce((n, c) => n + c.customers, 0)).toBe(300);
  });

  it('arrears per month equal the bills of each month', async () => {
    const result = await engine.call('overview.arrears', {});
    expect(result.months).toHaveLength(12);
    result.months.forEach((m, i) => {
      const month = Number(m.replace('-', ''));
      const row = raw
        .prepare('SELECT TOTAL(billed_yuan) AS b, TOTAL(arrears_yuan) AS a, TOTAL(late_fee_yuan) AS f, TOTAL(arrears_yuan > 0) AS n FROM bills WHERE month = ?')
        .get(month) as { b: number; a: number; f: number; n: number };
      expect(result.billedYuan[i]).toBeCloseTo(row.b, 4);
      expect(result.arrearsYuan[i]).toBeCloseTo(row.a, 4);
      expect(result.lateFeeYuan[i]).toBeCloseTo(row.f, 4);
      expect(result.customersInArrears[i]).toBe(row.n);
    });
    expect(result.billedYuan[11]).toBe(0); // December is billed in January
  });
});

describe('an empty workspace', () => {
  it('has an overview of zeros and no period', async () => {
    const other = createTestEngine();
    await other.call('workspace.create', { path: path.join(makeTempDir(), 'empty.workbench') });
    const kpis = await other.call('overview.kpis', {});
    expect(kpis).toMatchObject({ period: null, customers: 0, consumptionKwh: 0, collectionRate: null, lineLossRate: null });
    expect(await other.call('overview.consumptionByMonth', {})).toEqual({ months: [], series: [] });
    expect(await other.call('overview.loadVsTemperature', {})).toEqual({ station: null, points: [] });
  });
});
