// Quarantined rows of a customers file hold raw names, phones, addresses and ID numbers: the
// quarantine page and its Excel export mask them by the import's mapping unless unmasked.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { exportQuarantine } from '../../../engine/import/quarantineExport.js';
import { personalFieldsOf } from '../../../engine/import/quarantineMask.js';
import { quarantinePage } from '../../../engine/import/quarantineRows.js';
import { csv } from '../import/kinds/files.js';
import { closeWorkspaces, testWorkspace } from '../import/kinds/workspace.js';

afterEach(closeWorkspaces);

const header = ['户号', '户名', '联系电话', '用电地址', '证件号码', '合同容量'];
// The capacity 'abc' is no number: the row is quarantined with everything it holds.
const row = ['C1', '张小明', '13812345678', '江苏省南京市玄武区中山路1号', '320102199001011234', 'abc'];

async function quarantined() {
  const ws = testWorkspace();
  const result = await ws.importText('customers', 'customers.csv', csv([header, row, ['C2', '李四', '13900001111', '南京', '', '50']]));
  expect(result.quarantined).toBe(1);
  return { ws, importId: result.importId };
}

async function sheetRow(file: string, n: number): Promise<unknown[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return (book.worksheets[0]!.getRow(n).values as unknown[]).slice(1);
}

const job = { throwIfCancelled: () => undefined, progress: () => undefined };

describe('personal cells of quarantined rows', () => {
  it('are found through the mapping', async () => {
    const { ws, importId } = await quarantined();
    expect(personalFieldsOf(ws.db, importId).sort()).toEqual(['address', 'idNumber', 'name', 'phone']);
  });

  it('are masked on the quarantine page unless unmasked', async () => {
    const { ws, importId } = await quarantined();
    const masked = quarantinePage(ws.db, importId, 0, 10, false).rows[0]!;
    expect(masked.cells).toEqual(['C1', '张*明', '138****5678', '江苏省南京****', '3201**********1234', 'abc']);
    expect(JSON.stringify(masked)).not.toMatch(/张小明|13812345678|320102199001011234/);
    expect(quarantinePage(ws.db, importId, 0, 10, true).rows[0]!.cells).toEqual(row);
  });

  it('are masked in the Excel export unless unmasked', async () => {
    const { ws, importId } = await quarantined();
    const masked = await exportQuarantine(ws.db, importId, { folder: path.join(ws.dir, 'masked') }, job, 'zh-CN');
    const cells = await sheetRow(masked.path, 2);
    expect(cells.slice(0, 6)).toEqual(['C1', '张*明', '138****5678', '江苏省南京****', '3201**********1234', 'abc']);
    expect(JSON.stringify(cells)).not.toMatch(/张小明|13812345678/);
    const unmasked = await exportQuarantine(ws.db, importId, { folder: path.join(ws.dir, 'unmasked') }, job, 'zh-CN', true);
    expect((await sheetRow(unmasked.path, 2)).slice(0, 6)).toEqual(row);
  });

  it('leave other kinds as they are', async () => {
    const ws = testWorkspace();
    const result = await ws.importText('bills', 'bills.csv', csv([['户号', '电费年月', '应收电费'], ['C1', '2024-13', '5']]));
    expect(personalFieldsOf(ws.db, result.importId)).toEqual([]);
    expect(quarantinePage(ws.db, result.importId, 0, 10, false).rows[0]!.cells).toEqual(['C1', '2024-13', '5']);
  });
});
