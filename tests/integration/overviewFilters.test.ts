// The Overview's cross-filters (an area, a month, a category) and its drill-down to an area's
// customers, through the Engine on a small demo: every filtered figure equals a straightforward
// sum over the raw tables (consumption of the meters of the area's or category's customers,
// their bills), although the engine reads only the aggregate tables.
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/host/engine.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let raw: Database.Database;
/** The area with the most customers, and a category it has customers of. */
let area: string;
let category: 'residential' | 'commercial';

beforeAll(async () => {
  engine = createTestEngine();
  const file = path.join(makeTempDir(), 'overview-filters.workbench');
  await engine.runJob('demo.create', { path: file, seed: 3, customers: 240, days: 400 });
  await engine.call('workspace.open', { path: file });
  raw = new Database(file, { readonly: true });
  area = raw.prepare(`SELECT area_id FROM customers WHERE area_id <> '' GROUP BY area_id ORDER BY COUNT(*) DESC, area_id LIMIT 1`).pluck().get() as string;
  category = (raw.prepare(`SELECT COUNT(*) FROM customers WHERE area_id = ? AND category = 'commercial'`).pluck().get(area) as number) > 0 ? 'commercial' : 'residential';
});

afterAll(async () => {
  raw?.close();
  await closeTestEngines();
  removeTempDirs();
});

const PERIOD = { from: '2025-01', to: '2025-12' };
const MONTH = '2025-07';

/** A condition on customers `c` for the filters given. */
function customerWhere(filter: { area?: string; category?: string }): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filter.area !== undefined) (parts.push('c.area_id = ?'), params.push(filter.area));
  if (filter.category !== undefined) (parts.push('c.category = ?'), params.push(filter.category));
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
}

/** Consumption of the meters of the customers kept, months from..to (yyyymm). */
function handKwh(filter: { area?: string; category?: string }, from: number, to: number): number {
  const where = customerWhere(filter);
  return raw
    .prepare(
      `SELECT TOTAL(d.total_kwh) FROM daily_energy d JOIN meters m ON m.meter_id = d.meter_id JOIN customers c ON c.customer_id = m.customer_id
        WHERE d.month BETWEEN ? AND ? AND ${where.sql}`,
    )
    .pluck()
    .get(from, to, ...where.params) as number;
}

function handBills(filter: { area?: string; category?: string }, from: number, to: number): { billed: number; paid: number; arrears: number } {
  const where = customerWhere(filter);
  return raw
    .prepare(
      `SELECT TOTAL(b.billed_yuan) AS billed, TOTAL(b.paid_yuan) AS paid, TOTAL(b.arrears_yuan) AS arrears
         FROM bills b JOIN customers c ON c.customer_id = b.customer_id WHERE b.month BETWEEN ? AND ? AND ${where.sql}`,
    )
    .get(from, to, ...where.params) as { billed: number; paid: number; arrears: number };
}

const count = (sql: string, ...params: unknown[]) => raw.prepare(sql).pluck().get(...params) as number;

describe('the KPI cards under cross-filters', () => {
  it('narrow to an area: its customers, consumption, bills and line loss', async () => {
    const kpis = await engine.call('overview.kpis', { ...PERIOD, areaId: area });
    expect(kpis.customers).toBe(count('SELECT COUNT(*) FROM customers WHERE area_id = ?', area));
    expect(kpis.areas).toBe(1);
    expect(kpis.consumptionKwh).toBeCloseTo(handKwh({ area }, 202501, 202512), 4);
    const bills = handBills({ area }, 202501, 202512);
    expect(kpis.billedYuan).toBeCloseTo(bills.billed, 4);
    expect(kpis.paidYuan).toBeCloseTo(bills.paid, 4);
    expect(kpis.arrearsYuan).toBeCloseTo(bills.arrears, 4);
    expect(kpis.customersInArrears).toBe(
      // On the area's latest billed month of the period (December's bills may not be out yet).
      count(
        `SELECT COUNT(*) FROM bills b JOIN customers c ON c.customer_id = b.customer_id
          WHERE c.area_id = ? AND b.arrears_yuan > 0
            AND b.month = (SELECT MAX(b2.month) FROM bills b2 JOIN customers c2 ON c2.customer_id = b2.customer_id WHERE c2.area_id = ? AND b2.month <= 202512)`,
        area,
        area,
      ),
    );
    const supply = raw.prepare('SELECT TOTAL(supplied_kwh) AS s, TOTAL(sold_kwh) AS sold FROM area_supply WHERE area_id = ? AND day BETWEEN 20250101 AND 20251231').get(area) as {
      s: number;
      sold: number;
    };
    expect(kpis.lineLossRate).toBeCloseTo((supply.s - supply.sold) / supply.s, 9);
    const whole = await engine.call('overview.kpis', PERIOD);
    expect(kpis.consumptionKwh).toBeLessThan(whole.consumptionKwh);
  });

  it('narrow to a month and a category, with no line loss (a figure of an area, not of a category)', async () => {
    const kpis = await engine.call('overview.kpis', { ...PERIOD, month: MONTH, category });
    expect(kpis.period).toEqual({ from: MONTH, to: MONTH });
    expect(kpis.customers).toBe(count('SELECT COUNT(*) FROM customers WHERE category = ?', category));
    expect(kpis.areas).toBe(count(`SELECT COUNT(DISTINCT area_id) FROM customers WHERE category = ? AND area_id <> ''`, category));
    expect(kpis.consumptionKwh).toBeCloseTo(handKwh({ category }, 202507, 202507), 4);
    expect(kpis.consumptionPrevYearKwh).toBeNull(); // the demo starts in November 2024
    expect(kpis.billedYuan).toBeCloseTo(handBills({ category }, 202507, 202507).billed, 4);
    expect(kpis.lineLossRate).toBeNull();
  });
});

describe('the charts under cross-filters', () => {
  it('consumption by month of an area and a category equals its meters\' sums, month by month', async () => {
    const result = await engine.call('overview.consumptionByMonth', { ...PERIOD, areaId: area, category });
    expect(result.months).toHaveLength(12);
    expect(result.series.map((s) => s.category)).toEqual([category]);
    result.months.forEach((month, i) => {
      const m = Number(month.replace('-', ''));
      expect(result.series[0]!.kwh[i]).toBeCloseTo(handKwh({ area, category }, m, m), 4);
    });
  });

  it('consumption by area of a category counts the category\'s consumption and customers, and keeps each area\'s own line loss', async () => {
    const [filtered, whole] = await Promise.all([
      engine.call('overview.consumptionByArea', { ...PERIOD, category }),
      engine.call('overview.consumptionByArea', PERIOD),
    ]);
    const named = filtered.filter((a) => a.areaId !== '');
    expect(named.length).toBeGreaterThan(0);
    for (const row of named) {
      expect(row.kwh).toBeCloseTo(handKwh({ area: row.areaId, category }, 202501, 202512), 4);
      expect(row.customers).toBe(count('SELECT COUNT(*) FROM customers WHERE area_id = ? AND category = ?', row.areaId, category));
      expect(row.lossRate).toBe(whole.find((a) => a.areaId === row.areaId)!.lossRate);
    }
    expect(filtered.map((a) => a.kwh)).toEqual([...filtered.map((a) => a.kwh)].sort((a, b) => b - a));
  });

  it('consumption by area in one month is that month\'s', async () => {
    const rows = await engine.call('overview.consumptionByArea', { ...PERIOD, month: MONTH });
    const row = rows.find((a) => a.areaId === area)!;
    expect(row.kwh).toBeCloseTo(handKwh({ area }, 202507, 202507), 4);
  });

  it('load against temperature of an area sums its meters\' days', async () => {
    const result = await engine.call('overview.loadVsTemperature', { ...PERIOD, month: MONTH, areaId: area });
    expect(result.points.length).toBeGreaterThan(20);
    const meters = raw.prepare('SELECT m.meter_id FROM meters m JOIN customers c ON c.customer_id = m.customer_id WHERE c.area_id = ?').pluck().all(area) as string[];
    const blobs = raw.prepare(`SELECT kwh FROM daily_energy WHERE month = 202507 AND meter_id IN (${meters.map(() => '?').join(',')})`).pluck().all(...meters) as Buffer[];
    for (const point of result.points.slice(0, 5)) {
      const d = Number(point.date.slice(8, 10)) - 1;
      const expected = blobs.reduce((sum, blob) => {
        const v = blob.readDoubleLE(d * 8);
        return Number.isNaN(v) ? sum : sum + v;
      }, 0);
      expect(point.date.startsWith(MONTH)).toBe(true);
      expect(point.kwh).toBeCloseTo(expected, 6);
    }
    const region = await engine.call('overview.loadVsTemperature', { ...PERIOD, month: MONTH });
    expect(result.points[0]!.kwh).toBeLessThan(region.points[0]!.kwh);
  });

  it('customers by category of an area are the archive\'s', async () => {
    const result = await engine.call('overview.customersByCategory', { areaId: area });
    const expected = raw.prepare('SELECT category, COUNT(*) AS n FROM customers WHERE area_id = ? GROUP BY category').all(area) as { category: string; n: number }[];
    expect(Object.fromEntries(result.categories.map((c) => [c.category, c.customers]))).toEqual(Object.fromEntries(expected.map((e) => [e.category, e.n])));
  });

  it('arrears by month of an area\'s category equal its customers\' bills', async () => {
    const result = await engine.call('overview.arrears', { ...PERIOD, areaId: area, category });
    result.months.forEach((month, i) => {
      const m = Number(month.replace('-', ''));
      const bills = handBills({ area, category }, m, m);
      expect(result.billedYuan[i]).toBeCloseTo(bills.billed, 4);
      expect(result.arrearsYuan[i]).toBeCloseTo(bills.arrears, 4);
    });
  });

  it('refuses a category that is not one, and a month that is not a month', async () => {
    await expect(engine.call('overview.kpis', { category: 'industrial' } as never)).rejects.toMatchObject({ code: 'validation' });
    await expect(engine.call('overview.arrears', { month: '2025-13' })).rejects.toMatchObject({ code: 'validation' });
  });
});

describe('overview.areaCustomers (the drill-down)', () => {
  it('ranks every customer of the area by consumption, with bills and arrears over the period', async () => {
    const result = await engine.call('overview.areaCustomers', { ...PERIOD, areaId: area });
    expect(result.areaId).toBe(area);
    expect(result.name).toBe(raw.prepare('SELECT name FROM areas WHERE area_id = ?').pluck().get(area));
    expect(result.total).toBe(count('SELECT COUNT(*) FROM customers WHERE area_id = ?', area));
    expect(result.customers).toHaveLength(result.total);
    expect(result.customers.map((c) => c.kwh)).toEqual([...result.customers.map((c) => c.kwh)].sort((a, b) => b - a));
    const kpis = await engine.call('overview.kpis', { ...PERIOD, areaId: area });
    expect(result.customers.reduce((sum, c) => sum + c.kwh, 0)).toBeCloseTo(kpis.consumptionKwh, 4);
    expect(result.customers.reduce((sum, c) => sum + c.arrearsYuan, 0)).toBeCloseTo(kpis.arrearsYuan, 4);
    const top = result.customers[0]!;
    expect(top.category).toBe(raw.prepare('SELECT category FROM customers WHERE customer_id = ?').pluck().get(top.customerId));
    expect(top.billedYuan).toBeCloseTo(
      raw.prepare('SELECT TOTAL(billed_yuan) FROM bills WHERE customer_id = ? AND month BETWEEN 202501 AND 202512').pluck().get(top.customerId) as number,
      6,
    );
  });

  it('keeps the category and month filtered, and returns at most the limit', async () => {
    const result = await engine.call('overview.areaCustomers', { ...PERIOD, areaId: area, category, month: MONTH, limit: 2 });
    expect(result.period).toEqual({ from: MONTH, to: MONTH });
    expect(result.total).toBe(count('SELECT COUNT(*) FROM customers WHERE area_id = ? AND category = ?', area, category));
    expect(result.customers.length).toBe(Math.min(2, result.total));
    for (const c of result.customers) expect(c.category).toBe(category);
    expect(result.customers[0]!.kwh).toBeCloseTo(
      raw
        .prepare('SELECT TOTAL(d.total_kwh) FROM daily_energy d JOIN meters m ON m.meter_id = d.meter_id WHERE m.customer_id = ? AND d.month = 202507')
        .pluck()
        .get(result.customers[0]!.customerId) as number,
      6,
    );
  });

  it('answers an area no customer is in with no customers', async () => {
    const result = await engine.call('overview.areaCustomers', { ...PERIOD, areaId: 'NO-SUCH-AREA' });
    expect(result).toMatchObject({ areaId: 'NO-SUCH-AREA', name: '', customers: [], total: 0 });
  });
});
