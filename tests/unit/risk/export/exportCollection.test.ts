// The collection list export (engine/risk/export): the list's filters and order, headers and
// reasons in the language asked for, CSV with a byte-order mark, a workbook with a frozen header,
// widths, number formats and an info sheet, and the file rules (never replace unless asked).
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { EXCEL_MAX_ROWS, exportCollection, refuseOverExcelRows, type CollectionExportArgs } from '../../../../engine/risk/export/exportCollection.js';
import { setMeta } from '../../../../engine/store/database.js';
import { makeTempDir, removeTempDirs } from '../../../helpers/tempDirs.js';
import { riskWorkspace, type RiskWorkspace } from '../queries/fixture.js';

afterAll(removeTempDirs);

let ws: RiskWorkspace;
let folder: string;
beforeEach(() => {
  ws = riskWorkspace();
  folder = makeTempDir();
});

const progress: [number, number][] = [];
const job = { throwIfCancelled() {}, progress: (done: number, total: number) => progress.push([done, total]) };
const run = (args: Partial<CollectionExportArgs> & Pick<CollectionExportArgs, 'format'>) =>
  exportCollection(ws.db, { folder, sort: 'expectedLoss', language: 'en', ...args }, job);

/** A CSV's lines after the byte-order mark. */
function csvLines(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).trimEnd().split('\r\n');
}

describe('risk.export', () => {
  it('writes the latest run ranked by expected loss, the reasons in words', async () => {
    const { path: file, fileName } = await run({ format: 'csv' });
    expect(fileName).toBe('risk-collection-run-3.csv');
    const [header, ...rows] = csvLines(file);
    expect(header).toBe(
      'Rank,Customer,Name,Category,Industry,Transformer area,Grade,Adjusted grade,Score,Probability of arrears,Outstanding (yuan),Expected loss (yuan),Willingness points,Ability points,Reasons',
    );
    expect(rows.map((r) => r.split(',')[1])).toEqual(['K10', 'K1', 'K5', 'K2', 'K3']);
    expect(rows[1]).toBe('2,K1,张*明,Residential,retail,A1,D,,540,0.4,900,360,324,216,"On-time payment rate (12 months): (-∞, 0.5] (−40 points); Main payment channel: counter (−15 points)"');
    // As the Risk page words a reason: the missing bin in words.
    expect(rows[2]).toContain('On-time payment rate (12 months): Missing (−30 points)');
    expect(rows[3]).toMatch(/^4,K2,李\*,Commercial,hotel,A1,B,D,/);
    expect(rows[2]).toMatch(/^3,K5,,,,,E,,/);
    expect(progress.at(-1)).toEqual([5, 5]);
  });

  it('keeps to the filters, the order and the run asked for, in Chinese', async () => {
    const { path: file } = await run({ format: 'csv', language: 'zh-CN', grades: ['D'], sort: 'score' });
    const [header, ...rows] = csvLines(file);
    expect(header!.split(',').slice(0, 4)).toEqual(['排名', '户号', '户名', '用电类别']);
    expect(rows.map((r) => r.split(',')[1])).toEqual(['K1', 'K10', 'K2']);
    expect(rows[0]).toContain('近12个月按时缴费率：(-∞, 0.5]（扣 40 分）；主要缴费渠道：counter（扣 15 分）');
    const older = csvLines((await run({ format: 'csv', runId: 2, reason: 'channel_main' })).path);
    expect(older.slice(1).map((r) => r.split(',')[1])).toEqual(['K1', 'K2']);
  });

  it('never replaces a file unless asked, and numbers a new one in the folder', async () => {
    const target = path.join(folder, 'mine.csv');
    fs.writeFileSync(target, 'keep');
    await expect(run({ format: 'csv', path: target })).rejects.toMatchObject({ code: 'io' });
    expect(fs.readFileSync(target, 'utf8')).toBe('keep');
    await run({ format: 'csv', path: target, overwrite: true });
    expect(csvLines(target)).toHaveLength(6);
    expect((await run({ format: 'csv' })).fileName).toBe('risk-collection-run-3.csv');
    expect((await run({ format: 'csv' })).fileName).toBe('risk-collection-run-3-2.csv');
    expect(fs.readdirSync(folder).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('writes a workbook with a frozen header, widths, number formats and an info sheet', async () => {
    setMeta(ws.db, 'is_demo', '1');
    const { path: file } = await run({ format: 'xlsx', areaId: 'A1', minProbability: 0.05 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const [sheet, info] = book.worksheets;
    expect(sheet!.name).toBe('Collection list');
    expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet!.rowCount).toBe(3);
    expect(sheet!.getRow(1).getCell(1).value).toBe('Rank');
    expect(sheet!.getRow(1).font?.bold).toBe(true);
    expect([sheet!.getRow(2).getCell(2).value, sheet!.getRow(3).getCell(2).value]).toEqual(['K1', 'K2']);
    expect(sheet!.getRow(2).getCell(12).value).toBe(360);
    expect(sheet!.getRow(2).getCell(12).numFmt).toBe('#,##0.00');
    expect(sheet!.getRow(2).getCell(10).numFmt).toBe('0.00%');
    expect(sheet!.getColumn(15).width).toBe(80);
    const pairs = Object.fromEntries(info!.getSheetValues().filter(Boolean).map((r) => [(r as unknown[])[1], (r as unknown[])[2]]));
    expect(info!.name).toBe('About this file');
    expect(pairs).toMatchObject({
      Model: 'Arrears 2025 (1)',
      'Score run': 3,
      'As of': '2025-06-30',
      'Scored at': '2025-07-02T00:00:00.000Z',
      Filters: 'Transformer area: A1; Min. probability: 0.05',
      'Sorted by': 'expected loss',
      Customers: 2,
      'Demo workspace': 'yes: made-up customers, not real data',
    });
  });

  it('refuses more rows than an Excel sheet holds', () => {
    expect(() => refuseOverExcelRows(EXCEL_MAX_ROWS)).not.toThrow();
    expect(() => refuseOverExcelRows(EXCEL_MAX_ROWS + 1)).toThrow(expect.objectContaining({ code: 'risk.too_many_rows', details: { rows: 1_048_576, limit: 1_048_575 } }));
  });

  it('says when there is no run to export', async () => {
    ws.db.exec('DELETE FROM risk_scores; DELETE FROM risk_runs;');
    await expect(run({ format: 'csv' })).rejects.toMatchObject({ code: 'risk.run_not_found' });
  });
});
