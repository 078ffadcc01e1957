// Quarantined rows: paged with their cells, exported to Excel, fixed there and imported again.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { EngineError } from '../../../../engine/api/errors.js';
import { exportQuarantine, PROBLEM_COLUMN_HEADER, PROBLEM_REASON_HEADER, type ExportJob } from '../../../../engine/import/quarantineExport.js';
import { quarantinePage } from '../../../../engine/import/quarantineRows.js';
import { csv } from './files.js';
import { closeWorkspaces, testWorkspace } from './workspace.js';

afterEach(closeWorkspaces);

describe('quarantine', () => {
  it('pages rejected rows with their cells and the file\'s headers', async () => {
    const ws = testWorkspace();
    const result = await ws.importText(
      'bills',
      'bills.csv',
      csv([['户号', '电费年月', '应收电费'], ['C1', '2024-13', '5'], ['C2', '202403', '5'], ['', '202403', '5'], ['C4', '202403', 'n/a']]),
    );
    expect(result.quarantined).toBe(3);
    const page = quarantinePage(ws.db, result.importId, 1, 2, false);
    expect(page).toMatchObject({ total: 3, headers: ['户号', '电费年月', '应收电费'] });
    expect(page.rows).toEqual([
      { row: 4, column: '户号', code: 'missing_value', reason: expect.any(String), cells: ['', '202403', '5'] },
      { row: 5, column: '应收电费', code: 'invalid_number', reason: "invalid_number: 'n/a' in 应收电费 is not a number", cells: ['C4', '202403', 'n/a'] },
    ]);
    expect(() => quarantinePage(ws.db, 999, 0, 10, false)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('exports them to Excel, which imports again once fixed', async () => {
    const ws = testWorkspace();
    const first = await ws.importText(
      'bills',
      'bills.csv',
      csv([['户号', '电费年月', '应收电费'], ['C1', '2024-13', '5'], ['C2', '202403', '5'], ['C3', '202403', 'n/a']]),
    );
    const progress: number[] = [];
    const job = { throwIfCancelled: () => undefined, progress: (done: number) => progress.push(done) };
    const exported = await exportQuarantine(ws.db, first.importId, { folder: path.join(ws.dir, 'exports') }, job);
    expect(exported.fileName).toBe(`bills-quarantine-${first.importId}.xlsx`);
    expect(progress.at(-1)).toBe(2);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(exported.path);
    const sheet = book.worksheets[0]!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['户号', '电费年月', '应收电费', PROBLEM_COLUMN_HEADER, PROBLEM_REASON_HEADER]);
    expect(values(2)).toEqual(['C1', '2024-13', '5', '电费年月', expect.stringContaining('invalid_month')]);
    sheet.getRow(2).getCell(2).value = '2024-12';
    sheet.getRow(3).getCell(3).value = '7.5';
    const fixed = path.join(ws.dir, 'fixed.xlsx');
    await book.xlsx.writeFile(fixed);

    const again = await ws.run('bills', fixed);
    expect(again).toMatchObject({ rowsRead: 2, imported: 2, quarantined: 0 });
    expect(ws.db.prepare('SELECT customer_id, month, billed_yuan FROM bills ORDER BY customer_id').all()).toEqual([
      { customer_id: 'C1', month: 202412, billed_yuan: 5 },
      { customer_id: 'C2', month: 202403, billed_yuan: 5 },
      { customer_id: 'C3', month: 202403, billed_yuan: 7.5 },
    ]);
  });

  it('writes the reasons and the sheet name in Chinese for a Chinese reader', async () => {
    const ws = testWorkspace();
    const first = await ws.importText(
      'bills',
      'bills.csv',
      csv([['户号', '电费年月', '应收电费'], ['C1', '2024-13', '5'], ['', '202403', '5'], ['C3', '202403', '约五十']]),
    );
    const job = { throwIfCancelled: () => undefined, progress: () => undefined };
    const exported = await exportQuarantine(ws.db, first.importId, { folder: path.join(ws.dir, 'exports') }, job, 'zh-CN');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(exported.path);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('隔离行');
    const reasons = [2, 3, 4].map((n) => (sheet.getRow(n).values as unknown[]).slice(4));
    // The column at fault, then the interface's words for the problem with the cell's value.
    expect(reasons).toEqual([
      ['电费年月', '不是有效月份：2024-13'],
      ['户号', '必填项为空'],
      ['应收电费', '不是有效数字：约五十'],
    ]);
  });

  describe('export to a path the client names', () => {
    /** An import of bills with 2,500 rows quarantined (a billing month that does not exist). */
    async function manyRejected() {
      const ws = testWorkspace();
      const rows = Array.from({ length: 2500 }, (_, i) => [`C${i}`, '2024-13', '5']);
      const result = await ws.importText('bills', 'bills.csv', csv([['户号', '电费年月', '应收电费'], ...rows]));
      expect(result.quarantined).toBe(2500);
      const folder = path.join(ws.dir, 'out');
      fs.mkdirSync(folder);
      return { ws, importId: result.importId, folder };
    }
    const cancelAfterFirstProgress = (): ExportJob => {
      let reports = 0;
      return {
        throwIfCancelled: () => {
          if (reports > 0) throw new EngineError('cancelled', 'Cancelled by the test');
        },
        progress: () => reports++,
      };
    };
    const quiet: ExportJob = { throwIfCancelled: () => undefined, progress: () => undefined };

    it('stops at a cancel and leaves no file behind, partial or temporary', async () => {
      const { ws, importId, folder } = await manyRejected();
      const target = path.join(folder, 'rejected.xlsx');
      await expect(exportQuarantine(ws.db, importId, { path: target, folder: ws.dir }, cancelAfterFirstProgress())).rejects.toMatchObject({
        code: 'cancelled',
      });
      expect(fs.readdirSync(folder)).toEqual([]);
    });

    it('writes the file as the rows go, so that memory holds about a page of them whatever their number', async () => {
      const ws = testWorkspace();
      // Rows that compress little, so that what has reached the file tells what has left memory.
      const noise = (i: number) => createHash('sha256').update(String(i)).digest('hex').repeat(2);
      const rows = Array.from({ length: 20_000 }, (_, i) => [`C${i}`, '2024-13', '5', noise(i)]);
      const result = await ws.importText('bills', 'bills.csv', csv([['户号', '电费年月', '应收电费', '备注'], ...rows]));
      const folder = path.join(ws.dir, 'out');
      fs.mkdirSync(folder);
      const written = new Map<number, number>();
      const job: ExportJob = {
        throwIfCancelled: () => undefined,
        progress: (done) => {
          const partial = fs.readdirSync(folder).find((name) => name.endsWith('.partial'));
          if (partial) written.set(done, fs.statSync(path.join(folder, partial)).size);
        },
      };
      const exported = await exportQuarantine(ws.db, result.importId, { path: path.join(folder, 'rejected.xlsx'), folder }, job);
      // Halfway through, half the rows are in the file but for what the zip and file streams hold
      // (tens of kB); a writer that queued them all in memory would not have written a byte yet.
      expect(written.get(10_000)).toBeGreaterThan(fs.statSync(exported.path).size / 4);
    });

    it('fails with the file\'s error, leaving nothing behind, when the file cannot be written', async () => {
      const { ws, importId, folder } = await manyRejected();
      // A name the file system takes, but not once the temporary file's suffix is added to it.
      const target = path.join(folder, `${'q'.repeat(230)}.xlsx`);
      await expect(exportQuarantine(ws.db, importId, { path: target, folder }, quiet)).rejects.toMatchObject({ code: 'ENAMETOOLONG' });
      expect(fs.readdirSync(folder)).toEqual([]);
    });

    it('refuses to replace an existing file unless told to overwrite, and a cancel leaves it as it was', async () => {
      const { ws, importId, folder } = await manyRejected();
      const target = path.join(folder, 'rejected.xlsx');
      fs.writeFileSync(target, 'the user\'s own file');
      await expect(exportQuarantine(ws.db, importId, { path: target, folder: ws.dir }, quiet)).rejects.toMatchObject({
        code: 'io',
        details: { path: target },
      });
      const overwrite = { path: target, overwrite: true, folder: ws.dir };
      await expect(exportQuarantine(ws.db, importId, overwrite, cancelAfterFirstProgress())).rejects.toMatchObject({ code: 'cancelled' });
      expect(fs.readdirSync(folder)).toEqual(['rejected.xlsx']);
      expect(fs.readFileSync(target, 'utf8')).toBe('the user\'s own file');

      await exportQuarantine(ws.db, importId, overwrite, quiet);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(target);
      expect(book.worksheets[0]!.rowCount).toBe(2501);
    });
  });
});

describe('total rows', () => {
  it('are quarantined as total rows, never imported as a customer, meter, area or station named 合计', async () => {
    const ws = testWorkspace();
    // A month's bills as the marketing system's report writes them: the month on every row, the total too.
    const bills = await ws.importText(
      'bills',
      'bills.csv',
      csv([['户号', '电费年月', '应收电费', '实收电费'], ['C1', '2024-04', '1200.50', '1200.50'], ['C2', '2024-04', '300', '0'], ['合计', '2024-04', '1,500.50', '1200.50']]),
    );
    expect(bills).toMatchObject({ rowsRead: 3, imported: 2, quarantined: 1 });
    expect(bills.errors).toEqual([expect.objectContaining({ row: 4, column: '户号', code: 'total_row' })]);
    expect(ws.db.prepare('SELECT SUM(billed_yuan) AS billed FROM bills').get()).toEqual({ billed: 1500.5 });

    const readings = await ws.importText(
      'daily',
      'readings.csv',
      csv([['表号', '冻结日期', '正向有功总'], ['M1', '2024-04-01', '10'], ['M1', '2024-04-02', '15'], ['本页合计', '', '25'], ['总计：', '2024-04-02', '25']]),
    );
    expect(readings.errors.map((e) => [e.row, e.code])).toEqual([
      [4, 'total_row'],
      [5, 'total_row'],
    ]);
    const areas = await ws.importText('areas', 'areas.csv', csv([['台区编号', '台区名称', '变压器容量'], ['TQ1', '东区1号台区', '400'], ['小计', '', '400'], ['Total', '', '400']]));
    expect(areas).toMatchObject({ imported: 1, quarantined: 2 });
    const weather = await ws.importText('weather', 'weather.csv', csv([['气象站', '日期', '气温'], ['江城站', '2024-04-01', '12.5'], ['汇总', '2024-04-01', '12.5']]));
    expect(weather).toMatchObject({ imported: 1, quarantined: 1 });
    // A key that merely begins with such a word is a key like any other.
    const archive = await ws.importText('customers', 'archive.csv', csv([['户号', '户名'], ['合计电器商行', '某商行'], ['TOTAL-7', 'x'], [' 合 计 ', '']]));
    expect(archive).toMatchObject({ imported: 2, quarantined: 1 });
  });
});
