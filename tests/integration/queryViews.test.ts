// The query builder and saved views through the engine on a small demo workspace: the catalog
// and the values of a dimension, a run with its pivot, a view saved, read back, renamed (who
// saved it last recorded), a taken name and an impossible spec refused in words, deleted; the
// result exported to Excel (the pivot as laid out, an info sheet with the spec in words) and CSV.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/host/engine.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
const spec = { measures: ['consumption_kwh' as const], dimensions: ['month' as const, 'category' as const], pivotColumn: 'category' as const, chart: 'bar' as const };

beforeAll(async () => {
  engine = createTestEngine();
  const demo = path.join(makeTempDir(), 'demo.workbench');
  await engine.runJob('demo.create', { path: demo, seed: 5, customers: 200, days: 90, open: false });
  await engine.call('workspace.open', { path: demo });
}, 300_000);

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

describe('query builder', () => {
  it('offers its catalog and a dimension’s values, and runs a spec with its pivot', async () => {
    const fields = await engine.call('query.fields', {});
    expect(fields.measures.find((m) => m.id === 'consumption_kwh')).toMatchObject({ unit: 'kWh', dated: true });
    expect(fields.measures.find((m) => m.id === 'consumption_kwh')!.dimensions).not.toContain('ticket_channel');
    const categories = await engine.call('query.values', { dimension: 'category' });
    expect(categories.map((c) => c.value)).toContain('residential');
    const result = await engine.call('query.run', { spec });
    expect(result.rows.length).toBeGreaterThan(3);
    expect(result.pivot!.columnValues).toEqual(categories.map((c) => c.value).sort());
    expect(result.pivot!.grandTotal[0]).toBeCloseTo(result.totals[0]!, 6);
    await expect(engine.call('query.run', { spec: { measures: ['customers'], dimensions: ['month'] } })).rejects.toMatchObject({
      code: 'query.incompatible',
      details: { measure: 'customers', dimension: 'month' },
    });
  });

  it('saves, reads, renames and deletes views; names are unique', async () => {
    expect(await engine.call('views.list', {})).toEqual([]);
    const saved = await engine.runJob('views.save', { name: '  Consumption by month  ', spec });
    expect(saved).toMatchObject({ name: 'Consumption by month', updatedBy: engine.actor.name });
    expect(saved.spec).toMatchObject(spec);
    const got = await engine.call('views.get', { viewId: saved.viewId });
    expect(got.spec).toEqual(saved.spec);

    await expect(engine.runJob('views.save', { name: 'Consumption by month', spec: { measures: ['tickets'] } })).rejects.toMatchObject({
      code: 'views.name_taken',
      details: { name: 'Consumption by month' },
    });
    await expect(engine.runJob('views.save', { name: 'Impossible', spec: { measures: ['consumption_kwh'], dimensions: ['ticket_type'] } })).rejects.toMatchObject({
      code: 'query.incompatible',
    });
    const other = await engine.runJob('views.save', { name: 'Tickets', spec: { measures: ['tickets'], dimensions: ['ticket_channel'] } });
    await expect(engine.runJob('views.save', { viewId: other.viewId, name: 'Consumption by month' })).rejects.toMatchObject({ code: 'views.name_taken' });

    const renamed = await engine.runJob('views.save', { viewId: saved.viewId, name: 'Monthly consumption' });
    expect(renamed.name).toBe('Monthly consumption');
    expect(renamed.spec).toEqual(saved.spec);
    expect(renamed.createdAt).toBe(saved.createdAt);
    const list = await engine.call('views.list', {});
    expect(list.map((v) => v.name)).toEqual(['Monthly consumption', 'Tickets']);

    expect(await engine.runJob('views.delete', { viewId: other.viewId })).toEqual({ viewId: other.viewId, deleted: true });
    expect(await engine.runJob('views.delete', { viewId: other.viewId })).toEqual({ viewId: other.viewId, deleted: false });
    await expect(engine.call('views.get', { viewId: other.viewId })).rejects.toMatchObject({ code: 'views.not_found' });
    expect((await engine.call('views.list', {})).map((v) => v.viewId)).toEqual([saved.viewId]);
  });

  it('exports the pivot to Excel with the spec in words, and the long rows to CSV', async () => {
    const folder = makeTempDir();
    const result = await engine.call('query.run', { spec });
    const xlsx = await engine.runJob('query.export', { spec, viewName: 'Monthly consumption', format: 'xlsx', language: 'en', path: path.join(folder, 'q.xlsx') });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx.path);
    const [data, info] = book.worksheets;
    const header = (data!.getRow(1).values as unknown[]).slice(1);
    expect(header[0]).toBe('Month');
    expect(header).toContain('Residential · Consumption (kWh)');
    expect(header.at(-1)).toBe('Total · Consumption (kWh)');
    expect(data!.rowCount).toBe(result.pivot!.rows.length + 2);
    const totals = (data!.getRow(data!.rowCount).values as unknown[]).slice(1);
    expect(totals[0]).toBe('Total');
    expect(totals.at(-1) as number).toBeCloseTo(result.totals[0]!, 6);
    const infoText = info!.getSheetValues().flat().join(' | ');
    expect(infoText).toContain('Monthly consumption');
    expect(infoText).toContain('Month, Usage category');

    const { pivotColumn: _pivot, ...long } = spec;
    const csv = await engine.runJob('query.export', { spec: long, format: 'csv', language: 'zh-CN', path: path.join(folder, 'q.csv') });
    const lines = fs.readFileSync(csv.path, 'utf8').split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe('\uFEFF月份,用电类别,用电量（千瓦时）');
    expect(lines).toHaveLength(result.rows.length + 2);
    expect(lines.at(-1)!.startsWith('合计,')).toBe(true);
  });
});
