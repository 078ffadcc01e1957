// The catalog and the data browser through the Engine: per-kind figures against the raw
// tables, paging (by offset and by the marker of the page before), sorting on indexed columns,
// prefix and substring search, masking of personal data; and the query plans of every page.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowsePage } from '../../engine/api/catalogTypes.js';
import type { ArgsIn } from '../../engine/api/contract.js';
import { dataKinds } from '../../engine/api/types.js';
import { pageQuery } from '../../engine/catalog/browse.js';
import { afterCondition } from '../../engine/catalog/paging.js';
import { searchFilter } from '../../engine/catalog/search.js';
import { views } from '../../engine/catalog/views.js';
import type { Engine } from '../../engine/host/engine.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let raw: Database.Database;
let workspace: string;

beforeAll(async () => {
  engine = createTestEngine();
  workspace = path.join(makeTempDir(), 'catalog.workbench');
  await engine.runJob('demo.create', { path: workspace, seed: 8, customers: 300, days: 60, open: false });
  await engine.call('workspace.open', { path: workspace });
  raw = new Database(workspace, { readonly: true });
});

afterAll(async () => {
  raw?.close();
  await closeTestEngines();
  removeTempDirs();
});

const value = (sql: string) => raw.prepare(sql).pluck().get() as number;
/** The steps SQLite would take, one per line. */
const queryPlan = (sql: string) =>
  (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ limit: 1, offset: 0, pattern: 'x*', key0: 1, key1: 1, key2: 1 }) as { detail: string }[]).map((r) => r.detail).join('\n');

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

type BrowseArgs = Parameters<typeof browseCall>[0];
const browseCall = (args: ArgsIn<'data.browse'>) => engine.call('data.browse', args);

describe('data.browse', () => {
  it('pages through a kind in key order without gaps or overlaps', async () => {
    const total = value('SELECT COUNT(*) FROM bills');
    const keys: string[] = [];
    for (let offset = 0; offset < total; offset += 100) {
      const page = await browseCall({ kind: 'bills', offset, limit: 100 });
      expect(page.total).toBe(total);
      keys.push(...page.rows.map((r) => `${r[0]}|${r[1]}`));
    }
    expect(keys).toHaveLength(total);
    expect(new Set(keys).size).toBe(total);
    expect(keys).toEqual([...keys].sort());
    const beyond = await browseCall({ kind: 'bills', offset: total + 10, limit: 100 });
    expect(beyond).toMatchObject({ rows: [], total, next: null });
  });

  it('continues from the marker of the page before, as paging by offset does', async () => {
    const requests: BrowseArgs[] = [
      { kind: 'interval' },
      { kind: 'interval', sort: { column: 'day', desc: true } },
      { kind: 'bills', sort: { column: 'arrears_yuan', desc: true } },
      { kind: 'bills', sort: { column: 'month' }, search: value('SELECT MIN(customer_id) FROM bills').toString().slice(0, -3) },
      { kind: 'events' },
      { kind: 'events', sort: { column: 'meter_id', desc: true } },
    ];
    for (const request of requests) {
      let after: string | null = null;
      let pages = 0;
      for (let offset = 0; ; offset += 40) {
        const byOffset = await browseCall({ ...request, offset, limit: 40 });
        const byMarker = await browseCall({ ...request, ...(after === null ? {} : { after }), limit: 40 });
        expect(byMarker.rows, JSON.stringify({ request, offset })).toEqual(byOffset.rows);
        pages++;
        if (byMarker.next === null) break;
        after = byMarker.next;
      }
      expect(pages, JSON.stringify(request)).toBeGreaterThan(1);
    }
    await expect(browseCall({ kind: 'interval', after: 'not a marker' })).rejects.toMatchObject({ code: 'validation' });
  });

  it('continues from the marker through rows that share their sort column, as paging by offset does', async () => {
    // Three events of one meter starting together, their types in the file's own words (one
    // normalised type for all three): only the text tells them apart.
    const tied = createTestEngine();
    const folder = makeTempDir();
    await tied.call('workspace.create', { path: path.join(folder, 'ties.workbench') });
    const file = path.join(folder, 'events.csv');
    const rows = [['M1', '自定义甲'], ['M1', '自定义乙'], ['M1', '自定义丙'], ['M2', '失压']];
    fs.writeFileSync(file, ['表号,事件类型,发生时间', ...rows.map(([meter, type]) => `${meter},${type},2024-03-01 10:00`)].join('\n'));
    expect(await tied.runJob('import.run', { path: file, kind: 'events' })).toMatchObject({ imported: 4 });
    for (const desc of [false, true]) {
      const sort = { column: 'meter_id', desc };
      const byOffset = (await tied.call('data.browse', { kind: 'events', sort, limit: 100 })).rows;
      expect(byOffset).toHaveLength(rows.length);
      const byMarker: unknown[] = [];
      for (let after: string | null = null, pages = 0; pages <= rows.length; pages++) {
        const page: BrowsePage = await tied.call('data.browse', { kind: 'events', sort, limit: 1, ...(after === null ? {} : { after }) });
        byMarker.push(...page.rows);
        after = page.next;
        if (after === null) break;
      }
      expect(byMarker, JSON.stringify(sort)).toEqual(byOffset);
    }
  });

  it('takes the total from the catalog instead of counting the table on every page', async () => {
    const table = value('SELECT COUNT(*) FROM bills');
    // A row the catalog has not counted (written behind the import's back) shows the total is not a COUNT(*).
    const writer = new Database(workspace);
    writer.prepare(`INSERT INTO bills (customer_id, month, billed_yuan, import_id) VALUES ('ZZ-uncounted', 202501, 1, 1)`).run();
    try {
      expect((await browseCall({ kind: 'bills', limit: 1 })).total).toBe(table);
      expect((await browseCall({ kind: 'bills', limit: 1, search: 'ZZ-' })).total).toBe(1);
    } finally {
      writer.prepare(`DELETE FROM bills WHERE customer_id = 'ZZ-uncounted'`).run();
      writer.close();
    }
    // Daily consumption lists meter-months.
    expect((await browseCall({ kind: 'daily', limit: 1 })).total).toBe(value('SELECT COUNT(*) FROM daily_energy'));
  });

  it('types its columns and formats dates', async () => {
    const page = await browseCall({ kind: 'bills', limit: 1 });
    const type = Object.fromEntries(page.columns.map((c) => [c.name, c.type]));
    expect(type).toMatchObject({ customer_id: 'text', month: 'month', billed_yuan: 'number', due_day: 'date' });
    const row = Object.fromEntries(page.columns.map((c, i) => [c.name, page.rows[0]![i]]));
    expect(row.month).toMatch(/^\d{4}-\d{2}$/);
    expect(row.due_day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof row.billed_yuan).toBe('number');
    const curves = await browseCall({ kind: 'interval', limit: 1 });
    expect(curves.columns.map((c) => c.name)).toEqual(['meter_id', 'customer_id', 'day', 'points', 'kwh', 'peak_kw', 'missing']);
  });

  it('sorts on the server, either way, by the columns an index keeps, and refuses the others', async () => {
    const bills = await browseCall({ kind: 'bills', limit: 200, sort: { column: 'arrears_yuan', desc: true } });
    expect(bills.columns.filter((c) => c.sortable).map((c) => c.name)).toEqual(['customer_id', 'month', 'arrears_yuan']);
    const index = bills.columns.findIndex((c) => c.name === 'arrears_yuan');
    const values = bills.rows.map((r) => r[index] as number);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0]).toBe(value('SELECT MAX(arrears_yuan) FROM bills'));
    const asc = await browseCall({ kind: 'bills', limit: 1, sort: { column: 'arrears_yuan', desc: false } });
    expect(asc.rows[0]![index]).toBe(value('SELECT MIN(arrears_yuan) FROM bills'));
    const refused = [['bills', 'billed_yuan'], ['interval', 'kwh'], ['customers', 'meter_id'], ['interval', 'customer_id'], ['bills', 'nope']] as const;
    // Names every object inherits are no columns either.
    const inherited = [['bills', 'constructor'], ['customers', 'toString'], ['events', '__proto__'], ['areas', 'hasOwnProperty']] as const;
    for (const [kind, column] of [...refused, ...inherited]) {
      await expect(browseCall({ kind, sort: { column } })).rejects.toMatchObject({ code: 'validation', details: { column } });
    }
  });

  it('sorts a small table by any column', async () => {
    const areas = await browseCall({ kind: 'areas', limit: 1000, sort: { column: 'capacity_kva', desc: true } });
    expect(areas.columns.every((c) => c.sortable)).toBe(true);
    const index = areas.columns.findIndex((c) => c.name === 'capacity_kva');
    const values = areas.rows.map((r) => r[index] as number);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('searches the start of the key columns, taking wildcards literally', async () => {
    const id = raw.prepare('SELECT customer_id FROM customers ORDER BY customer_id LIMIT 1 OFFSET 42').pluck().get() as string;
    const found = await browseCall({ kind: 'bills', search: id });
    expect(found.total).toBe(value(`SELECT COUNT(*) FROM bills WHERE customer_id GLOB '${id}*'`));
    expect(found.total).toBeGreaterThan(0);
    expect(found.rows.every((r) => String(r[0]).startsWith(id))).toBe(true);
    // The middle of a key is not its start: that would be a scan of the table.
    expect((await browseCall({ kind: 'bills', search: id.slice(2) })).total).toBe(0);
    for (const wildcard of ['%', '_', '*', '?', '[0-9]']) expect((await browseCall({ kind: 'bills', search: wildcard })).total).toBe(0);
  });

  it('counts a search on its first page; later pages leave the count to the caller', async () => {
    const prefix = value('SELECT MIN(meter_id) FROM interval_load').toString().slice(0, -1);
    const first = await browseCall({ kind: 'interval', search: prefix, limit: 5 });
    expect(first.total).toBe(value(`SELECT COUNT(*) FROM interval_load WHERE meter_id GLOB '${prefix}*'`));
    expect(first.total).toBeGreaterThan(10);
    const later = await browseCall({ kind: 'interval', search: prefix, limit: 5, offset: 5 });
    expect(later.total).toBeNull();
    expect(later.rows).toHaveLength(5);
    const next = await browseCall({ kind: 'interval', search: prefix, limit: 5, after: first.next! });
    expect(next).toMatchObject({ total: null, rows: later.rows });
  });

  it('searches a small table anywhere in its text', async () => {
    const name = raw.prepare('SELECT name FROM areas WHERE length(name) > 4 LIMIT 1').pluck().get() as string;
    const middle = [...name].slice(1, -1).join('');
    const found = await browseCall({ kind: 'areas', search: middle, limit: 1000 });
    expect(found.total).toBe(value(`SELECT COUNT(*) FROM areas WHERE instr(area_id, '${middle}') OR instr(name, '${middle}') OR instr(feeder_id, '${middle}')`));
    expect(found.rows.some((r) => r[1] === name)).toBe(true);
  });

  it('reads the pages of a large table by walking an index, a search by index ranges, never the whole table', () => {
    for (const [kind, view] of Object.entries(views)) {
      if (view.search.by !== 'prefix') continue; // small tables may sort and scan
      const search = searchFilter(view.search, 'x', true);
      for (const order of [view.order, ...Object.values(view.sorts)]) {
        for (const desc of [false, true]) {
          const label = `${kind} ${order.keys.join(', ')} ${desc ? 'desc' : 'asc'}`;
          for (const conditions of [[], ...(order.keyset ? [[afterCondition(order, desc)]] : [])]) {
            // Also a sort of what the index leaves unordered: 'FOR LAST 2 TERMS OF ORDER BY', 'FOR RIGHT PART OF ORDER BY'.
            expect(queryPlan(pageQuery(view, order, desc, conditions)), label).not.toMatch(/TEMP B-TREE FOR .*ORDER BY/);
          }
          // A search reads the index ranges of its prefix (and sorts what they hold when it looks in several columns).
          expect(queryPlan(pageQuery(view, order, desc, [search.condition])), `${label} searched`).not.toMatch(/^SCAN/m);
        }
      }
      expect(queryPlan(`SELECT COUNT(*) FROM ${view.table} AS t WHERE ${search.condition}`), `${kind} search count`).not.toMatch(/^SCAN/m);
    }
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
    expect((await browseCall({ kind: 'customers', search: someone })).total).toBe(0);
    expect((await browseCall({ kind: 'customers', search: someone, unmask: true })).total).toBe(1);
  });
});
