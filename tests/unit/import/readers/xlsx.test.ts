import { createHash } from 'node:crypto';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTable } from '../../../../engine/import/openTable.js';
import type { RowView } from '../../../../engine/import/table.js';
import { readTable, TempFiles } from './fixtures.js';

const files = new TempFiles();
let workbookFile = '';

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const archive = workbook.addWorksheet('用户档案');
  archive.addRow(['XX供电公司 用户档案 导出时间:2024-03-05']);
  archive.addRow(['户号', '户名', '立户日期', '抄表时间', '合同容量', '电量', '备注', '计算']);
  // Excel keeps wall-clock time: exceljs writes a Date's UTC fields as that time.
  archive.addRow([3100012345, '张三', new Date(Date.UTC(2024, 2, 1)), new Date(Date.UTC(2024, 2, 1, 0, 15)), 50, '16,853', null, null]);
  archive.addRow([]);
  archive.addRow([
    '3100012346',
    { richText: [{ text: '李' }, { font: { bold: true }, text: '四' }] },
    '2024/3/2',
    new Date(Date.UTC(2024, 2, 2, 23, 45, 30)),
    1250.5,
    -0.125,
    '  多余空格  ',
    { formula: 'E5*2', result: 2501 },
  ]);
  archive.getCell('H5').numFmt = '0.0';
  archive.addRow(['3100012347', '王五', { formula: 'C3+1', result: 45353 }, 0.5, null, null, null, { formula: 'B5', result: '李四' }]);
  archive.getCell('C6').numFmt = 'yyyy-mm-dd';
  archive.getCell('D6').numFmt = 'hh:mm';
  archive.addRow(['', '  ', null]); // blank in every way: skipped
  const curves = workbook.addWorksheet('负荷曲线');
  curves.addRow(['表号', '数据日期', 'P1', 'P2']);
  curves.addRow(['M1', '2024-03-01', 1.5, 2.25]);
  workbookFile = files.path('workbook.xlsx');
  await workbook.xlsx.writeFile(workbookFile);
});
afterAll(() => files.remove());

describe('XLSX', () => {
  it('reads the first worksheet with row numbers as the sheet shows them', async () => {
    const { source, rows } = await readTable(workbookFile);
    expect(source).toMatchObject({ format: 'xlsx', encoding: null, delimiter: null, sheet: '用户档案' });
    expect(source.sheets).toEqual(['用户档案', '负荷曲线']);
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['XX供电公司 用户档案 导出时间:2024-03-05'] },
      { rowNumber: 2, cells: ['户号', '户名', '立户日期', '抄表时间', '合同容量', '电量', '备注', '计算'] },
      { rowNumber: 3, cells: ['3100012345', '张三', '2024-03-01', '2024-03-01 00:15:00', '50', '16,853'] },
      { rowNumber: 5, cells: ['3100012346', '李四', '2024/3/2', '2024-03-02 23:45:30', '1250.5', '-0.125', '多余空格', '2501'] },
      { rowNumber: 6, cells: ['3100012347', '王五', '2024-03-02', '12:00:00', '', '', '', '李四'] },
    ]);
  });

  it('serves number cells as numbers and text through parseNumber', async () => {
    const table = await openTable(workbookFile);
    const byRow = new Map<number, RowView>();
    const seen: unknown[] = [];
    for await (const batch of table.batches()) {
      for (const row of batch) byRow.set(row.rowNumber, row);
      const third = batch.find((row) => row.rowNumber === 3)!;
      seen.push([third.number(0), third.number(4), third.number(5), third.number(2), third.number(1), third.number(99)]);
      seen.push([third.isEmpty(6), third.isEmpty(5), third.length]);
    }
    expect(seen[0]).toEqual([3100012345, 50, 16853, NaN, NaN, NaN]);
    expect(seen[1]).toEqual([true, false, 6]);
    expect(byRow.size).toBe(5);
  });

  it('reads another worksheet by name', async () => {
    const { source, rows } = await readTable(workbookFile, { sheet: '负荷曲线' });
    expect(source.sheet).toBe('负荷曲线');
    expect(rows.map((r) => r.cells)).toEqual([
      ['表号', '数据日期', 'P1', 'P2'],
      ['M1', '2024-03-01', '1.5', '2.25'],
    ]);
  });

  it('names the worksheets when asked for one that is not there', async () => {
    await expect(openTable(workbookFile, { sheet: 'Sheet9' })).rejects.toMatchObject({
      code: 'not_found',
      details: { sheets: ['用户档案', '负荷曲线'] },
    });
  });

  it('hashes the whole file and reports its bytes as read', async () => {
    for (const sheet of ['用户档案', '负荷曲线']) {
      const { source } = await readTable(workbookFile, { sheet });
      expect(source.sha256()).toBe(createHash('sha256').update(fs.readFileSync(workbookFile)).digest('hex'));
      expect(source.bytesRead).toBe(source.sizeBytes);
    }
  });

  it('streams a larger sheet in several batches', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    for (let r = 1; r <= 20_000; r++) sheet.addRow([`M${r}`, r / 4]);
    const file = files.path('large.xlsx');
    await workbook.xlsx.writeFile(file);
    const table = await openTable(file);
    let batches = 0;
    let sum = 0;
    let last = 0;
    for await (const batch of table.batches()) {
      batches++;
      for (const row of batch) {
        sum += row.number(1);
        last = row.rowNumber;
      }
      expect(table.bytesRead).toBeGreaterThan(0);
    }
    expect(batches).toBeGreaterThan(1);
    expect(last).toBe(20_000);
    expect(sum).toBe((20_000 * 20_001) / 2 / 4);
  });
});
