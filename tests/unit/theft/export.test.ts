// The suspects export (engine/theft/export): every suspect of a run matching the filters in rank
// order, headers and reasons in the language asked for, CSV with a byte-order mark, and a
// workbook with a frozen header, column widths, number formats and an info sheet.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { setMeta, type Db } from '../../../engine/store/database.js';
import { exportSuspects, type SuspectsExportArgs } from '../../../engine/theft/export/exportSuspects.js';
import { makeTempDir, removeTempDirs } from '../../helpers/tempDirs.js';
import { TestWorkspace } from '../forecast/dataWorkspace.js';

afterAll(removeTempDirs);

const drop = { code: 'own_drop', weight: 2.5, message: 'ENGINE', details: { changeDay: '2025-03-02', recoveredDay: null, beforeKwhDay: 53.6, afterKwhDay: 21.2, dropPercent: 60 } };
const zero = { code: 'near_zero', weight: 1.5, message: 'ENGINE', details: { zeroDays: 12, knownDays: 28, usualKwhDay: 8.25, thresholdKwh: 0.4 } };

/** Three customers scored in run 2 (ranks 1..3, listed out of order), one in an older run 1. */
function workspace(): Db {
  const ws = new TestWorkspace()
    .area('A1', 'North', null)
    .customer({ id: 'K1', name: '张三明', area: 'A1' })
    .customer({ id: 'K2', name: 'Li, "Big" Co', area: 'A1', category: 'commercial' })
    .customer({ id: 'K3', name: '王五', area: 'A1' });
  const db = ws.db;
  const run = db.prepare(`INSERT INTO theft_score_runs (created_at, as_of, customers, supervised, labels, detail) VALUES (?, ?, 3, ?, ?, ?)`);
  const detail = JSON.stringify({ seconds: 1, indicators: {} });
  run.run('2025-07-01T00:00:00.000Z', 20250630, 0, 0, detail);
  run.run('2025-07-02T00:00:00.000Z', 20250630, 1, 12, detail);
  const score = db.prepare(
    `INSERT INTO theft_scores (run_id, customer_id, rank, score, unsupervised, supervised, loss_kwh, loss_yuan, change_day, reasons, indicators) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')`,
  );
  score.run(1, 'K3', 1, 0.99, 0.99, null, 1, null, null, '[]');
  score.run(2, 'K3', 3, 0.2, 0.1, 0.3, 10, 5.5, null, '[]');
  score.run(2, 'K1', 1, 0.91, 0.88, 0.94, 1234.56, 678.9, 20250302, JSON.stringify([drop, zero]));
  score.run(2, 'K2', 2, 0.5, 0.4, 0.6, 200, 110, null, JSON.stringify([zero]));
  return db;
}

let db: Db;
let folder: string;
beforeEach(() => {
  db = workspace();
  folder = makeTempDir();
});

const job = { throwIfCancelled() {}, progress() {} };
const run = (args: Partial<SuspectsExportArgs> & Pick<SuspectsExportArgs, 'format'>) => exportSuspects(db, { folder, ...args }, job);

/** A CSV's lines after the byte-order mark. */
function csvLines(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).trimEnd().split('\r\n');
}

describe('suspects export', () => {
  it('writes every suspect of the latest run in rank order, with the reasons in words', async () => {
    const { path: file, fileName } = await run({ format: 'csv', language: 'en' });
    expect(fileName).toBe('theft-suspects-run-2.csv');
    const [header, ...rows] = csvLines(file);
    expect(header).toBe('Rank,Customer,Name,Category,Transformer area,Score,Unsupervised score,Supervised score,Est. loss (kWh),Est. loss (yuan),Change date,Top reasons');
    expect(rows.map((r) => r.split(',')[1])).toEqual(['K1', 'K2', 'K3']);
    expect(rows[0]).toContain('1,K1,张*明,Residential,A1,0.91,0.88,0.94,1234.56,678.9,2025-03-02,');
    expect(rows[0]).toContain('Consumption fell 60% from 53.6 to 21.2 kWh/day on Mar 2, 2025. 12 of the last 28 days metered almost nothing');
    // Reasons with commas (Mar 2, 2025) are quoted whole.
    expect(rows[0]).toContain(',"Consumption fell 60%');
    expect(rows[1]).toContain('2,K2,L**********o,Commercial,');
    expect(rows[1]).not.toContain('ENGINE');
  });

  it('keeps to the filters and the run asked for, in Chinese', async () => {
    const { path: file } = await run({ format: 'csv', language: 'zh-CN', reason: 'near_zero', runId: 2 });
    const [header, ...rows] = csvLines(file);
    expect(header!.split(',').slice(0, 4)).toEqual(['排名', '户号', '户名', '用电类别']);
    expect(rows.map((r) => r.split(',')[1])).toEqual(['K1', 'K2']);
    expect(rows[0]).toContain('居民生活');
    expect(rows[0]).toContain('；');
    const older = csvLines((await run({ format: 'csv', runId: 1 })).path);
    expect(older.slice(1).map((r) => r.split(',')[1])).toEqual(['K3']);
  });

  it('never replaces a file unless asked', async () => {
    const target = path.join(folder, 'mine.csv');
    fs.writeFileSync(target, 'keep');
    await expect(run({ format: 'csv', path: target })).rejects.toMatchObject({ code: 'io' });
    expect(fs.readFileSync(target, 'utf8')).toBe('keep');
    await run({ format: 'csv', path: target, overwrite: true });
    expect(csvLines(target)).toHaveLength(4);
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('writes a workbook with a frozen header, widths, number formats and an info sheet', async () => {
    setMeta(db, 'is_demo', '1');
    const { path: file } = await run({ format: 'xlsx', language: 'en', category: 'residential', minScore: 0.1 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const [sheet, info] = book.worksheets;
    expect(sheet!.name).toBe('Suspects');
    expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet!.rowCount).toBe(3);
    expect(sheet!.getRow(1).getCell(1).value).toBe('Rank');
    expect(sheet!.getRow(1).font?.bold).toBe(true);
    expect([sheet!.getRow(2).getCell(2).value, sheet!.getRow(3).getCell(2).value]).toEqual(['K1', 'K3']);
    expect(sheet!.getRow(2).getCell(9).value).toBe(1234.56);
    expect(sheet!.getRow(2).getCell(9).numFmt).toBe('#,##0.0');
    expect(sheet!.getRow(2).getCell(6).numFmt).toBe('0.0000');
    expect(sheet!.getColumn(12).width).toBe(80);
    const pairs = Object.fromEntries(info!.getSheetValues().filter(Boolean).map((r) => [(r as unknown[])[1], (r as unknown[])[2]]));
    expect(info!.name).toBe('About this file');
    expect(pairs).toMatchObject({
      'Score run': 2,
      'As of': '2025-06-30',
      'Scored at': '2025-07-02T00:00:00.000Z',
      Model: 'robust score and a model trained on 12 inspection outcomes',
      Filters: 'Category: Residential; Min. score: 0.1',
      Suspects: 2,
      'Demo workspace': 'yes: made-up customers, not real data',
    });
  });

  it('says when there is no run to export', async () => {
    db.prepare('DELETE FROM theft_scores').run();
    db.prepare('DELETE FROM theft_score_runs').run();
    await expect(run({ format: 'csv' })).rejects.toMatchObject({ code: 'theft.run_not_found' });
  });
});
