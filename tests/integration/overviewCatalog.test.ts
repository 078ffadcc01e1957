// The catalog and the data browser through the Engine: per-kind figures against the raw
// tables, paging, sorting, search and masking of personal data.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataKinds } from '../../engine/api/types.js';
import type { Engine } from '../../engine/host/engine.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let raw: Database.Database;

beforeAll(async () => {
  engine = createTestEngine();
  const file = path.join(makeTempDir(), 'catalog.workbench');
  await engine.runJob('demo.create', { path: file, seed: 8, customers: 300, days: 60, open: false });
  await engine.call('workspace.open', { path: file });
  raw = new Database(file, { readonly: true });
});

afterAll(async () => {
  raw?.close();
  await closeTestEngines();
  removeTempDirs();
});

const value = (sql: string) => raw.prepare(sql).pluck().get() as number;

describe('catalog.summary', () => {
  it('lists every kind with its rows, dates and coverage', async () => {
    const { kinds } = await engine.call('catalog.summary', {});
    expect(kinds.map((k) => k.kind)).toEqual([...dataKinds]);
    const byKind = Object.fromEntries(kinds.map((k) => [k.kind, k]));
    expect(byKind.customers!.rows).toBe(300);
    expect(byKind.areas!.rows).toBe(value('SELECT COUNT(*) FROM areas'));
    expect(byKind.interval!).toMatchObject({
      rows: value('SELECT COUNT(*) FROM interval_load'),
      firstDate: '2025-11-02',
      lastDate: '2025-12-31',
      unmatched: 0,
      entities: value('SELECT COUNT(DISTINCT meter_id) FROM interval_load'),
    });
    // Missing intervals: absent days inside each meter's span count as 96 missing points.
    const spans = raw
      .prepare('SELECT COUNT(*) AS n, MIN(day) AS f, MAX(day) AS l, SUM(missing) AS m FROM interval_load GROUP BY meter_id')
      .all() as { n: number; f: number; l: number; m: number }[];
    const dayNumber = (d: number) => Date.UTC(Math.floor(d / 10000), (Math.floor(d / 100) % 100) - 1, d % 100) / 86_400_000;
    let expected = 0;
    let missing = 0;
    for (const s of spans) {
      const span = dayNumber(s.l) - dayNumber(s.f) + 1;
      expected += span * 96;
      missing += (span - s.n) * 96 + s.m;
    }
    expect(byKind.interval!.missingRate).toBeCloseTo(missing / expected, 12);
    expect(byKind.daily!.rows).toBe(value('SELECT SUM(days) FROM daily_energy'));
    expect(byKind.bills!.rows).toBe(value('SELECT COUNT(*) FROM bills'));
    expect(byKind.events!.rows).toBe(value('SELECT COUNT(*) FROM meter_events'));
    expect(byKind.weather!).toMatchObject({ rows: value('SELECT COUNT(*) FROM weather'), entities: 2, unmatched: null });
    expect(byKind.tickets!.rows).toBe(value('SELECT COUNT(*) FROM tickets'));
    expect(byKind['area-supply']!.rows).toBe(value('SELECT COUNT(*) FROM area_supply'));
    for (const k of kinds) if (k.rows > 0) expect(k.lastImportAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('lists every kind with zero rows in an empty workspace', async () => {
    const other = createTestEngine();
    await other.call('workspace.create', { path: path.join(makeTempDir(), 'empty.workbench') });
    const { kinds } = await other.call('catalog.summary', {});
    expect(kinds).toHaveLength(dataKinds.length);
    for (const k of kinds) expect(k).toMatchObject({ rows: 0, firstDate: null, lastDate: null, entities: 0 });
  });
});

describe('data.browse', () => {
  it('pages through a kind in key order without gaps or overlaps', async () => {
    const total = value('SELECT COUNT(*) FROM bills');
    const keys: string[] = [];
    for (let offset = 0; offset < total; offset += 100) {
      const page = await engine.call('data.browse', { kind: 'bills', offset, limit: 100 });
      expect(page.total).toBe(total);
      keys.push(...page.rows.map((r) => `${r[0]}|${r[1]}`));
    }
    expect(keys).toHaveLength(total);
    expect(new Set(keys).size).toBe(total);
    expect(keys).toEqual([...keys].sort());
    const beyond = await engine.call('data.browse', { kind: 'bills', offset: total + 10, limit: 100 });
    expect(beyond).toMatchObject({ rows: [], total });
  });

  it('types its columns and formats dates', async () => {
    const page = await engine.call('data.browse', { kind: 'bills', limit: 1 });
    const type = Object.fromEntries(page.columns.map((c) => [c.name, c.type]));
    expect(type).toMatchObject({ customer_id: 'text', month: 'month', billed_yuan: 'number', due_day: 'date' });
    const row = Object.fromEntries(page.columns.map((c, i) => [c.name, page.rows[0]![i]]));
    expect(row.month).toMatch(/^\d{4}-\d{2}$/);
    expect(row.due_day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof row.billed_yuan).toBe('number');
    const curves = await engine.call('data.browse', { kind: 'interval', limit: 1 });
    expect(curves.columns.map((c) => c.name)).toEqual(['meter_id', 'customer_id', 'day', 'points', 'kwh', 'peak_kw', 'missing']);
  });

  it('sorts on the server, either way, by any column', async () => {
    const column = 'billed_yuan';
    const desc = await engine.call('data.browse', { kind: 'bills', limit: 200, sort: { column, desc: true } });
    const index = desc.columns.findIndex((c) => c.name === column);
    const values = desc.rows.map((r) => r[index] as number);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0]).toBe(value('SELECT MAX(billed_yuan) FROM bills'));
    const asc = await engine.call('data.browse', { kind: 'bills', limit: 1, sort: { column, desc: false } });
    expect(asc.rows[0]![index]).toBe(value('SELECT MIN(billed_yuan) FROM bills'));
    await expect(engine.call('data.browse', { kind: 'bills', sort: { column: 'nope' } })).rejects.toMatchObject({ code: 'validation' });
  });

  it('searches the key columns, taking wildcards literally', async () => {
    const id = raw.prepare('SELECT customer_id FROM customers ORDER BY customer_id LIMIT 1 OFFSET 42').pluck().get() as string;
    const found = await engine.call('data.browse', { kind: 'bills', search: id });
    expect(found.total).toBe(value(`SELECT COUNT(*) FROM bills WHERE customer_id LIKE '%${id}%'`));
    expect(found.rows.every((r) => String(r[0]).includes(id))).toBe(true);
    expect((await engine.call('data.browse', { kind: 'bills', search: '%' })).total).toBe(0);
  });

  it('masks personal fields unless asked to unmask', async () => {
    const masked = await engine.call('data.browse', { kind: 'customers', limit: 300 });
    const unmasked = await engine.call('data.browse', { kind: 'customers', limit: 300, unmask: true });
    const personal = masked.columns.filter((c) => c.personal).map((c) => c.name);
    expect(personal).toEqual(['name', 'address', 'phone', 'id_number']);
    const col = (name: string) => masked.columns.findIndex((c) => c.name === name);
    masked.rows.forEach((row, i) => {
      const clear = unmasked.rows[i]!;
      expect(row[col('customer_id')]).toBe(clear[col('customer_id')]);
      const name = String(clear[col('name')]);
      expect(row[col('name')]).toBe(name.length === 2 ? `${name[0]}*` : `${name[0]}${'*'.repeat(name.length - 2)}${name.at(-1)}`);
      const phone = String(clear[col('phone')]);
      expect(row[col('phone')]).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
      const id = clear[col('id_number')];
      if (id !== null) expect(row[col('id_number')]).toBe(`${String(id).slice(0, 4)}**********${String(id).slice(-4)}`);
      expect(String(row[col('address')])).toMatch(/\*{4}$/);
      expect(String(clear[col('address')])).not.toMatch(/\*/);
    });
    // A masked table cannot be searched by what it hides.
    const someone = String(unmasked.rows[0]![col('phone')]);
    expect((await engine.call('data.browse', { kind: 'customers', search: someone })).total).toBe(0);
    expect((await engine.call('data.browse', { kind: 'customers', search: someone, unmask: true })).total).toBe(1);
  });
});
