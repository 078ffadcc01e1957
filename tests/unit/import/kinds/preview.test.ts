// import.preview: a dry run on the first rows. It must say what the import would do and
// write nothing.
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { previewImport } from '../../../../engine/import/preview.js';
import { csv, pointHeaders, range } from './files.js';
import { closeWorkspaces, fingerprint, testWorkspace } from './workspace.js';

afterEach(closeWorkspaces);

describe('import preview', () => {
  it('detects the kind, the header under a title, the mapping, the first rows and the sample\'s problems', async () => {
    const ws = testWorkspace();
    const rows = range(30).map((i) => [`C${i}`, `用户${i}`, i === 4 ? 'abc' : String(10 * i), '居民生活']);
    const file = ws.file('archive.csv', '用户档案导出\n' + csv([['户号', '户名', '合同容量', '用电类别'], ...rows]));
    const before = fingerprint(ws.db);
    const preview = await previewImport({ path: file });
    expect(preview).toMatchObject({
      fileName: 'archive.csv',
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      headerRow: 1,
      headers: ['户号', '户名', '合同容量', '用电类别'],
      kind: 'customers',
      missing: [],
      layout: null,
      sampleSize: 30,
      mappingSpec: { fields: { customer: '户号', name: '户名', contractKva: '合同容量', category: '用电类别' } },
    });
    expect(preview.kindScores).toHaveLength(10);
    expect(preview.kindScores[0]).toMatchObject({ kind: 'customers' });
    expect(preview.spec?.fields.find((f) => f.name === 'name')).toMatchObject({ personal: true, synonyms: expect.arrayContaining(['户名']) });
    expect(preview.sampleRows).toHaveLength(20);
    expect(preview.sampleRows[0]).toEqual(['C0', '用户0', '0', '居民生活']);
    expect(preview.problems).toEqual([expect.objectContaining({ row: 7, column: '合同容量', code: 'invalid_number' })]);
    expect(fingerprint(ws.db)).toEqual(before);
  });

  it('lists what is missing for the kind asked for, and shows the interval layout', async () => {
    const ws = testWorkspace();
    const wide = ws.file('wide.csv', csv([['表号', '数据日期', ...pointHeaders(96)], ['M1', '2024-03-01', ...range(96)]]));
    const asDaily = await previewImport({ path: wide, kind: 'daily' });
    expect(asDaily.missing.map((m) => m.field)).toEqual(['total']);
    expect(asDaily.problems).toEqual([]);
    const asInterval = await previewImport({ path: wide });
    expect(asInterval).toMatchObject({ kind: 'interval', missing: [], layout: { format: 'wide', points: 96, unit: 'kW', timeLabel: 'start' } });
    expect(asInterval.mapping?.pointColumns).toEqual(range(96, 2));

    const long = ws.file('long.csv', csv([['表号', '数据时间', '电量(kWh)'], ...range(10).map((i) => ['M1', `2024-03-01 ${i + 1}:00`, i])]));
    expect((await previewImport({ path: long })).layout).toEqual({ format: 'long', points: 24, unit: 'kWh', timeLabel: 'end' });
  });

  it('applies a mapping and its options', async () => {
    const ws = testWorkspace();
    const file = ws.file('vic.csv', csv([['Time', 'Demand'], ['2012-01-01 00:00:00', 4382.8], ['2012-01-01 00:30:00', 4263.4]]));
    const preview = await previewImport({ path: file, kind: 'interval', mapping: { fields: { value: 1 }, options: { meter: 'VIC' } } });
    expect(preview).toMatchObject({ missing: [], layout: { format: 'long', points: 48 }, mappingSpec: { fields: { timestamp: 'Time', value: 'Demand' }, options: { meter: 'VIC' } } });
  });

  it('reads an XLSX worksheet the same way', async () => {
    const ws = testWorkspace();
    const file = `${ws.dir}/bills.xlsx`;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('电费');
    sheet.addRow(['户号', '电费年月', '应收电费', '实收电费']);
    sheet.addRow(['C1', '202403', 100.5, 100.5]);
    sheet.addRow(['C2', '202403', 'x', 0]);
    await book.xlsx.writeFile(file);
    const preview = await previewImport({ path: file });
    expect(preview).toMatchObject({ format: 'xlsx', sheets: ['电费'], kind: 'bills', sampleSize: 2 });
    expect(preview.problems).toEqual([expect.objectContaining({ row: 3, column: '应收电费', code: 'invalid_number' })]);
    const result = await ws.run('bills', file);
    expect(result).toMatchObject({ imported: 1, quarantined: 1 });
  });
});
