// Quarantined rows: paged with their cells, exported to Excel, fixed there and imported again.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { exportQuarantine, PROBLEM_COLUMN_HEADER, PROBLEM_REASON_HEADER } from '../../../../engine/import/quarantineExport.js';
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
    const page = quarantinePage(ws.db, result.importId, 1, 2);
    expect(page).toMatchObject({ total: 3, headers: ['户号', '电费年月', '应收电费'] });
    expect(page.rows).toEqual([
      { row: 4, column: '户号', code: 'missing_value', reason: expect.any(String), cells: ['', '202403', '5'] },
      { row: 5, column: '应收电费', code: 'invalid_number', reason: "invalid_number: 'n/a' in 应收电费 is not a number", cells: ['C4', '202403', 'n/a'] },
    ]);
    expect(() => quarantinePage(ws.db, 999, 0, 10)).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('exports them to Excel, which imports again once fixed', async () => {
    const ws = testWorkspace();
    const first = await ws.importText(
      'bills',
      'bills.csv',
      csv([['户号', '电费年月', '应收电费'], ['C1', '2024-13', '5'], ['C2', '202403', '5'], ['C3', '202403', 'n/a']]),
    );
    const progress: number[] = [];
    const exported = await exportQuarantine(ws.db, first.importId, { folder: path.join(ws.dir, 'exports') }, (done) => progress.push(done));
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
});
