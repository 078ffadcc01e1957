import fs from 'node:fs';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { EngineError } from '../../../../engine/api/errors.js';
import { openTable } from '../../../../engine/import/openTable.js';
import { noise, oleFile, readTable, TempFiles, utf16le } from './fixtures.js';

const files = new TempFiles();
afterAll(() => files.remove());

async function refusal(file: string): Promise<EngineError> {
  try {
    await readTable(file);
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    return error as EngineError;
  }
  throw new Error(`${file} was read without an error`);
}

async function smallWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('档案');
  sheet.addRow(['户号', '户名']);
  for (let i = 0; i < 2000; i++) sheet.addRow([`31000${i}`, `用户${i % 37}`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('files that cannot be imported', () => {
  it.each([
    ['an empty file', Buffer.alloc(0)],
    ['a file with only a UTF-8 BOM', Buffer.from([0xef, 0xbb, 0xbf])],
    ['a file with only blank lines', Buffer.from('\r\n\n   \n\t\n')],
    ['a file with only empty cells', Buffer.from(',,,\r\n;;\r\n"",""\r\n')],
    ['a UTF-16 file with only a BOM and a line end', utf16le('\r\n', true)],
  ])('%s is empty', async (_, bytes) => {
    const error = await refusal(files.write('empty.csv', bytes));
    expect(error.code).toBe('import.empty_file');
    expect(error.message).toMatch(/empty/);
    expect(error.details).toMatchObject({ file: expect.stringContaining('empty.csv') });
  });

  it('notices blanks running past the sniffed head', async () => {
    const error = await refusal(files.write('blank-head.csv', Buffer.alloc((1 << 20) + 10, 0x20)));
    expect(error.code).toBe('import.empty_file');
    const { rows } = await readTable(files.write('late-text.csv', Buffer.concat([Buffer.alloc((1 << 20) + 10, 0x0a), Buffer.from('a,b\n')])));
    expect(rows).toEqual([{ rowNumber: (1 << 20) + 11, cells: ['a', 'b'] }]);
  });

  it.each([
    ['random bytes', noise(5000)],
    ['a PNG image', Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), noise(3000, 5)])],
    ['a gzip archive', zlib.gzipSync(Buffer.from('户号,户名\n1001,张三\n'.repeat(100)))],
    ['a text file with NUL bytes', Buffer.from('a,b\n1,\u00002\n')],
  ])('%s is binary', async (_, bytes) => {
    const error = await refusal(files.write('data.csv', bytes));
    expect(error.code).toBe('import.binary_file');
    expect(error.message).toMatch(/CSV or XLSX/);
  });

  it('a password-protected workbook is encrypted, whatever its extension', async () => {
    const file = files.write('protected.csv', oleFile(['EncryptionInfo', 'EncryptedPackage']));
    const error = await refusal(file);
    expect(error.code).toBe('import.encrypted_xlsx');
    expect(error.message).toMatch(/password/);
  });

  it('another compound file is a legacy .xls workbook', async () => {
    const error = await refusal(files.write('old.xlsx', oleFile(['Workbook', '\u0005SummaryInformation'])));
    expect(error.code).toBe('import.legacy_xls');
    expect(error.message).toMatch(/save it as \.xlsx or CSV/);
  });

  it('a truncated workbook is corrupt', async () => {
    const bytes = await smallWorkbook();
    for (const keep of [0.3, 0.9, 0.999]) {
      const error = await refusal(files.write('cut.xlsx', bytes.subarray(0, Math.floor(bytes.length * keep))));
      expect(error.code).toBe('import.corrupt_xlsx');
      expect(error.message).toMatch(/damaged or incomplete/);
    }
  });

  it('damage found only while streaming is corrupt too, never a crash or a hang', async () => {
    const bytes = await smallWorkbook();
    const { readZipDirectory } = await import('../../../../engine/import/xlsx/zipDirectory.js');
    const original = files.write('whole.xlsx', bytes);
    const handle = await fs.promises.open(original);
    const sheet = (await readZipDirectory(handle, bytes.length)).find((entry) => entry.name === 'xl/worksheets/sheet1.xml')!;
    await handle.close();
    for (const at of [0.1, 0.5, 0.9]) {
      const damaged = Buffer.from(bytes);
      const offset = sheet.localHeaderOffset + 80 + Math.floor(sheet.compressedSize * at);
      for (let k = 0; k < 32; k++) damaged[offset + k] = (damaged[offset + k]! * 31 + 7) & 0xff;
      const error = await refusal(files.write('damaged.xlsx', damaged));
      expect(error.code).toBe('import.corrupt_xlsx');
    }
  });

  it('a ZIP archive that is not a workbook is refused', async () => {
    const workbook = await smallWorkbook();
    const notWorkbook = Buffer.from(workbook.toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbook.xm_'), 'latin1');
    const error = await refusal(files.write('archive.zip', notWorkbook));
    expect(error.code).toBe('import.binary_file');
  });

  it('a missing file is not found', async () => {
    await expect(openTable(files.path('missing.csv'))).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('format by content, not extension', () => {
  it('reads a workbook named .csv and a CSV named .xlsx', async () => {
    const workbook = await readTable(files.write('workbook.csv', await smallWorkbook()));
    expect(workbook.source.format).toBe('xlsx');
    expect(workbook.rows[0]!.cells).toEqual(['户号', '户名']);
    const csv = await readTable(files.write('text.xlsx', 'a,b\n1,2\n'));
    expect(csv.source.format).toBe('csv');
  });

  it('does not take a CSV starting with "PK" for an archive', async () => {
    const { source, rows } = await readTable(files.write('pk.csv', 'PK_ID,name\n1,a\n'));
    expect(source.format).toBe('csv');
    expect(rows[0]!.cells).toEqual(['PK_ID', 'name']);
  });
});
