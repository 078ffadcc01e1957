// Imports through the Engine and its worker threads, as every host runs them: a GBK export
// with Chinese headers and bad rows, the quarantine and its Excel export, the history, and
// real public data (a long half-hourly kWh export, a regional half-hourly demand series).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineEvents } from '../../engine/api/contract.js';
import type { Engine } from '../../engine/host/engine.js';
import { closeTestEngines, createTestEngine, nextEvent } from '../helpers/engine.js';
import { encodeGbk } from '../helpers/gbk.js';
import { sharedDataDir } from '../helpers/paths.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let dir: string;

beforeAll(async () => {
  engine = createTestEngine();
  dir = makeTempDir();
  await engine.call('workspace.create', { path: path.join(dir, 'import.workbench') });
});

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

const ARCHIVE = [
  '户号,户名,用电地址,用电类别,合同容量,台区编号,表号,综合倍率',
  'C001,张三,幸福路1号,居民生活,8,T01,M001,1',
  'C002,某钢铁公司,工业园,大工业,"2,000",T02,M002,40',
  ',无户号,某地,居民,5,T01,M003,1',
  'C004,某超市,中山路,一般工商业,十,T01,M004,1',
].join('\r\n');

describe('a GBK customer archive with Chinese headers and bad rows', () => {
  let importId: number;

  it('imports the good rows, quarantines the bad ones and reports data changes', async () => {
    const file = path.join(dir, '用户档案.csv');
    fs.writeFileSync(file, encodeGbk(ARCHIVE));
    const preview = await engine.call('import.preview', { path: file });
    expect(preview).toMatchObject({ encoding: 'gb18030', kind: 'customers', missing: [], sampleSize: 4 });
    expect(preview.problems.map((p) => p.code)).toEqual(['missing_value', 'invalid_number']);

    const changed = nextEvent(engine, 'data.changed', (e) => e.kinds.includes('customers'));
    const progress: EngineEvents['job.progress'][] = [];
    const result = await engine.runJob('import.run', { path: file, kind: 'customers' }, (p) => progress.push(p));
    importId = result.importId;
    expect(result).toMatchObject({ kind: 'customers', rowsRead: 4, imported: 2, updated: 0, skipped: 0, quarantined: 2 });
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 4, column: '户号', code: 'missing_value' }),
      expect.objectContaining({ row: 5, column: '合同容量', code: 'invalid_number', reason: expect.stringContaining("'十' in 合同容量") }),
    ]);
    expect((await changed).kinds).toEqual(expect.arrayContaining(['customers', 'interval', 'daily']));
    expect(progress.at(-1)?.status).toBe('running');
  });

  it('shows the import in the history and its quarantined rows with their cells', async () => {
    const history = await engine.call('import.history', {});
    expect(history[0]).toMatchObject({ id: importId, fileName: '用户档案.csv', kind: 'customers', encoding: 'gb18030', rowsRead: 4, imported: 2, quarantined: 2 });
    expect(history[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const quarantine = await engine.call('import.quarantine', { importId });
    expect(quarantine.headers).toEqual(ARCHIVE.split('\r\n')[0]!.split(','));
    // The name and address cells are masked as the archive masks them, unless unmasked on purpose.
    expect(quarantine.rows[1]).toMatchObject({ row: 5, cells: ['C004', '某*市', '***', '一般工商业', '十', 'T01', 'M004', '1'] });
    const unmasked = await engine.call('import.quarantine', { importId, unmask: true });
    expect(unmasked.rows[1]).toMatchObject({ row: 5, cells: ['C004', '某超市', '中山路', '一般工商业', '十', 'T01', 'M004', '1'] });
  });

  it('exports the quarantined rows to Excel in the exports folder', async () => {
    const exported = await engine.runJob('import.exportQuarantine', { importId });
    expect(exported.path.startsWith(engine.home.exportsDir)).toBe(true);
    expect(exported.fileName).toBe(`用户档案-quarantine-${importId}.xlsx`);
    expect(fs.statSync(exported.path).size).toBeGreaterThan(0);
  });

  it('exports to a path the client names only over no file, unless it asks to overwrite', async () => {
    const target = path.join(dir, 'rejected.xlsx');
    fs.writeFileSync(target, 'keep');
    await expect(engine.runJob('import.exportQuarantine', { importId, path: target })).rejects.toMatchObject({ code: 'io' });
    expect(fs.readFileSync(target, 'utf8')).toBe('keep');
    const exported = await engine.runJob('import.exportQuarantine', { importId, path: target, overwrite: true });
    expect(exported).toEqual({ path: target, fileName: 'rejected.xlsx' });
    expect(fs.statSync(target).size).toBeGreaterThan(4);
  });

  it('re-imports the same file as skipped rows, never duplicates', async () => {
    const result = await engine.runJob('import.run', { path: path.join(dir, '用户档案.csv'), kind: 'customers' });
    expect(result).toMatchObject({ imported: 0, updated: 0, skipped: 2, quarantined: 2 });
  });

  it('fails a file it cannot import with a clear error and a failed job', async () => {
    const file = path.join(dir, 'no-date.csv');
    fs.writeFileSync(file, encodeGbk('表号,正向有功总\r\nM001,5\r\n'));
    await expect(engine.runJob('import.run', { path: file, kind: 'daily' })).rejects.toMatchObject({
      code: 'import.missing_columns',
      details: { missing: [expect.objectContaining({ field: 'date' })] },
    });
  });

  it('refuses a file with a header and no data rows, and writes nothing', async () => {
    // An export filtered to nothing: a title line, the header, then blank lines.
    const file = path.join(dir, '只有表头.csv');
    fs.writeFileSync(file, encodeGbk('XX供电公司 用户档案 导出时间：2024-03-05\r\n户号,户名,用电类别,表号\r\n\r\n,,,\r\n'));
    const preview = await engine.call('import.preview', { path: file });
    expect(preview).toMatchObject({ kind: 'customers', headerRow: 1, sampleSize: 0, problems: [] });
    const before = await engine.call('import.history', {});
    await expect(engine.runJob('import.run', { path: file, kind: 'customers' })).rejects.toMatchObject({
      code: 'import.no_rows',
      message: expect.stringContaining('no data rows'),
      details: { file: '只有表头.csv', headerRow: 2 },
    });
    expect(await engine.call('import.history', {})).toEqual(before);
  });

  it('lists every kind for the mapping editor', async () => {
    const kinds = await engine.call('import.kinds', {});
    expect(kinds.map((k) => k.kind)).toEqual(['customers', 'areas', 'interval', 'daily', 'area-supply', 'bills', 'events', 'weather', 'tickets', 'inspections']);
    expect(kinds.find((k) => k.kind === 'interval')!.requirement).toContainEqual(['meter', 'timestamp', 'value']);
  });
});

describe('real public data', () => {
  it('imports the Smart Grid Smart City long half-hourly kWh export with a mapping', async () => {
    const file = path.join(dir, 'sgsc_50cust_raw.csv');
    await pipeline(fs.createReadStream(path.join(sharedDataDir, 'sgsc_customers', 'sgsc_50cust_raw.csv.gz')), zlib.createGunzip(), fs.createWriteStream(file));
    const mapping = { fields: { meter: 'CUSTOMER_ID', timestamp: 'READING_DATETIME', value: 'GENERAL_SUPPLY_KWH' }, options: { unit: 'kWh' as const } };
    const preview = await engine.call('import.preview', { path: file, kind: 'interval', mapping });
    expect(preview).toMatchObject({ missing: [], layout: { format: 'long', points: 48, unit: 'kWh', timeLabel: 'start' }, problems: [] });

    const result = await engine.runJob('import.run', { path: file, kind: 'interval', mapping });
    expect(result.rowsRead).toBe(1_450_232);
    expect(result.quarantined).toBe(0);
    expect(result.unmatched).toBe(50);
    // Readings at daylight-saving changes repeat a stamp: the later one is kept, and counted.
    expect(result.imported + result.updated + result.skipped).toBe(result.rowsRead);
    expect(result.updated + result.skipped).toBeLessThan(1000);
  }, 180_000);

  it('imports the Victorian half-hourly demand series as one meter', async () => {
    const file = path.join(sharedDataDir, 'vic_elec', 'vic_elec.csv');
    const result = await engine.runJob('import.run', { path: file, kind: 'interval', mapping: { fields: {}, options: { meter: 'VIC' } } });
    // Local time: each April the clocks go back and 02:00 and 02:30 come twice (3 years x 2 stamps).
    expect(result).toMatchObject({ rowsRead: 52_608, imported: 52_602, quarantined: 0, unmatched: 1 });
    expect(result.updated + result.skipped).toBe(6);
    const db = new Database(engine.workspace!.path, { readonly: true });
    try {
      const days = db.prepare(`SELECT count(*) AS days, min(day) AS first, max(day) AS last, min(points) AS points FROM interval_load WHERE meter_id = 'VIC'`).get();
      expect(days).toEqual({ days: 1096, first: 20120101, last: 20141231, points: 48 });
    } finally {
      db.close();
    }
  }, 120_000);
});
