// Customers (issue 6) through the Engine on a small demo workspace: the 360's pieces, with every
// score null before its module ran and present after (a theft run scored; a segmentation and tags
// written by hand, as the Segments and Service jobs would); personal fields masked unless asked;
// recommendations filtered; a target list saved, paged and exported.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/host/engine.js';
import { openWorkspaceDb } from '../../engine/store/database.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let demo: string;
let withCurves: string;
let withoutCurves: string;

beforeAll(async () => {
  engine = createTestEngine();
  demo = path.join(makeTempDir(), 'demo.workbench');
  await engine.runJob('demo.create', { path: demo, seed: 3, customers: 400, days: 400, open: false });
  const db = openWorkspaceDb(demo, { readonly: true });
  const curve = `SELECT m.customer_id AS id FROM meters m WHERE m.customer_id IS NOT NULL AND m.meter_id IN (SELECT meter_id FROM interval_load)`;
  withCurves = (db.prepare(`${curve} ORDER BY 1 LIMIT 1`).get() as { id: string }).id;
  withoutCurves = (db.prepare(`SELECT customer_id AS id FROM customers WHERE customer_id NOT IN (${curve}) ORDER BY 1 LIMIT 1`).get() as { id: string }).id;
  db.close();
  await engine.openWorkspace(demo);
}, 120_000);

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

describe('the customer 360', () => {
  it('has the archive masked, consumption, shape, bills and tickets, and null scores before any module ran', async () => {
    const c = await engine.call('customers.get', { customerId: withCurves });
    expect(c.unmasked).toBe(false);
    expect(c.archive!.name).toContain('*');
    expect(c.archive!.phone).toMatch(/^\d{3}\*+\d{4}$/);
    expect(c.archive!.meters.length).toBeGreaterThan(0);
    expect(c.consumption.daily.length).toBeGreaterThan(300);
    expect(c.consumption.daily.length).toBeLessThanOrEqual(365);
    expect(c.consumption.monthly.length).toBeGreaterThan(12);
    expect(c.consumption.loadShape!.hourKw).toHaveLength(24);
    expect(c.consumption.loadShape!.days).toBeGreaterThan(60);
    expect(c.bills.length).toBeGreaterThan(0);
    expect(c.bills.length).toBeLessThanOrEqual(24);
    expect(c.bills[0]!.month > c.bills.at(-1)!.month).toBe(true);
    expect([c.risk, c.theft, c.segment]).toEqual([null, null, null]);
    expect(c.tags).toEqual([]);
    expect(c.forecastShare!.share).toBeGreaterThan(0);
    expect(c.forecastShare!.share).toBeLessThan(1);
    const none = await engine.call('customers.get', { customerId: withoutCurves });
    expect(none.consumption.loadShape).toBeNull();
  });

  it('shows personal fields only when asked on purpose', async () => {
    const open = await engine.call('customers.get', { customerId: withCurves, unmask: true });
    expect(open.unmasked).toBe(true);
    expect(open.archive!.name).not.toContain('*');
    const masked = await engine.call('customers.get', { customerId: withCurves });
    expect(masked.archive!.name).not.toBe(open.archive!.name);
    await expect(engine.call('customers.get', { customerId: 'NO-SUCH' })).rejects.toMatchObject({ code: 'customers.not_found' });
  });

  it('searches by number, and by name only once unmasked', async () => {
    const name = (await engine.call('customers.get', { customerId: withCurves, unmask: true })).archive!.name!;
    const byNumber = await engine.call('customers.search', { search: withCurves.slice(0, -1) });
    expect(byNumber.rows.map((r) => r.customerId)).toContain(withCurves);
    expect(byNumber.rows[0]!.name).toContain('*');
    expect((await engine.call('customers.search', { search: name })).total).toBe(0);
    const byName = await engine.call('customers.search', { search: name, unmask: true });
    expect(byName.rows.map((r) => r.customerId)).toContain(withCurves);
    const residential = await engine.call('customers.search', { category: 'residential', limit: 5 });
    expect(residential.rows.every((r) => r.category === 'residential')).toBe(true);
    expect(residential.total).toBeGreaterThan(5);
  });
});

describe('scores from the other modules', () => {
  beforeAll(async () => {
    await engine.runJob('theft.score', {});
    const db = openWorkspaceDb(demo);
    db.prepare(`INSERT INTO segment_runs (run_id, created_at, from_day, to_day, customers, detail) VALUES (1, 'now', 20250101, 20250331, 1, '{}')`).run();
    db.prepare(`INSERT INTO customer_segments VALUES (1, ?, 'residential', 2, 'evening_peak', 0.1)`).run(withCurves);
    db.prepare(`INSERT INTO customer_tags VALUES (?, 'escalation', 20250105, 20250105, 1, '{"tickets":["T1"]}')`).run(withCurves);
    db.close();
  }, 120_000);

  it('the 360 links the latest theft run, the segment and the tags', async () => {
    const c = await engine.call('customers.get', { customerId: withCurves });
    expect(c.theft).toMatchObject({ runId: 1 });
    expect(c.theft!.rank).toBeGreaterThanOrEqual(1);
    expect(c.theft!.rank).toBeLessThanOrEqual(c.theft!.of);
    expect(c.segment).toEqual({ runId: 1, category: 'residential', cluster: 2, clusterName: 'evening_peak' });
    expect(c.tags).toEqual([{ tag: 'escalation', firstDay: '2025-01-05', lastDay: '2025-01-05', count: 1, detail: { tickets: ['T1'] } }]);
  });
});

describe('recommendations and target lists', () => {
  it('pages the customers with curves, filtered and sorted by saving', async () => {
    const all = await engine.call('customers.recommendations', { limit: 1000 });
    expect(all.total).toBeGreaterThan(20);
    const savings = all.rows.map((r) => r.savingYuan);
    expect(savings).toEqual([...savings].sort((a, b) => b - a));
    expect(all.rows.every((r) => Math.abs((r.onTimeOfUse ? r.touYuan : r.flatYuan) - r.shiftedYuan - r.savingYuan) < 1e-6)).toBe(true);
    // Residential customers of the demo have no time-of-use tariff, commercial ones have.
    expect(all.rows.filter((r) => r.category === 'residential').every((r) => !r.onTimeOfUse)).toBe(true);
    expect(all.rows.filter((r) => r.category === 'commercial').every((r) => r.onTimeOfUse)).toBe(true);
    expect(all.rows.some((r) => r.peerPercentile !== null)).toBe(true);
    expect(all.prices.residential!.peakHours).toEqual([[8, 22]]);
    const commercial = await engine.call('customers.recommendations', { category: 'commercial' });
    expect(commercial.rows.every((r) => r.category === 'commercial')).toBe(true);
    const rich = await engine.call('customers.recommendations', { minSavingYuan: 100 });
    expect(rich.rows.every((r) => r.savingYuan >= 100)).toBe(true);
    expect((await engine.call('customers.recommendations', { tag: 'escalation' })).rows.map((r) => r.customerId)).toEqual([withCurves]);
    expect((await engine.call('customers.recommendations', { segment: 'evening_peak' })).total).toBe(1);
    // A wider peak-valley gap and a larger shift both save more.
    const own = { peak: 1.2, flat: 0.6, valley: 0.2, peakHours: [[8, 22]] as [number, number][], valleyHours: [[22, 24], [0, 8]] as [number, number][] };
    const one = (shiftShare: number) => engine.call('customers.recommendations', { prices: own, shiftShare, tag: 'escalation' }).then((p) => p.rows[0]!.savingYuan);
    expect(await one(0.5)).toBeGreaterThan(await one(0.1));
    await expect(engine.call('customers.recommendations', { prices: { ...own, valleyHours: [[22, 8]] } })).rejects.toMatchObject({ code: 'validation' });
  });

  it('saves a list with each member’s reasons, pages it and exports it', async () => {
    const list = await engine.runJob('customers.saveList', { name: '峰谷电价推荐', filters: { category: 'residential', minSavingYuan: 0 } });
    expect(list.customers).toBeGreaterThan(0);
    expect((await engine.call('customers.lists', {}))[0]).toMatchObject({ listId: list.listId, name: '峰谷电价推荐', customers: list.customers });
    const page = await engine.call('customers.listMembers', { listId: list.listId, limit: 3 });
    expect(page.total).toBe(list.customers);
    expect(page.rows).toHaveLength(Math.min(3, list.customers));
    expect(page.rows[0]!.reasons.map((r) => r.code)).toEqual(['category', 'saving']);
    expect(page.rows[0]!.reason).toMatch(/^category residential; saves -?\d+ yuan a year on time-of-use$/);
    const tagged = await engine.runJob('customers.saveList', { name: 'escalated', filters: { tags: ['escalation'] } });
    expect(tagged.customers).toBe(1);

    const csv = await engine.runJob('customers.exportList', { listId: list.listId, format: 'csv', language: 'en' });
    const text = fs.readFileSync(csv.path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('Customer,Name,Category,Area,Time-of-use saving (yuan/year),Why on the list');
    expect(lines).toHaveLength(list.customers + 1);
    expect(lines[1]).toContain('*');
    const xlsx = await engine.runJob('customers.exportList', { listId: tagged.listId, format: 'xlsx', language: 'zh-CN' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx.path);
    const sheet = book.getWorksheet('目标客户清单')!;
    expect(sheet.getRow(2).getCell(1).value).toBe(withCurves);
    expect(String(sheet.getRow(2).getCell(6).value)).toContain('标签：');
    const info = book.getWorksheet('说明')!;
    expect(String(info.getRow(2).getCell(2).value)).toMatch(/^标签：/);
    await expect(engine.runJob('customers.exportList', { listId: 999, format: 'csv' })).rejects.toMatchObject({ code: 'customers.list_not_found' });
  });
});
