import { createHash } from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineError } from '../../../../engine/api/errors.js';
import { openTable } from '../../../../engine/import/openTable.js';
import type { RowView } from '../../../../engine/import/table.js';
import { readZipDirectory, type ZipEntry } from '../../../../engine/import/xlsx/zipDirectory.js';
import { readTable, TempFiles } from './fixtures.js';

const files = new TempFiles();
let workbookFile = '';
// Namespaces of the workbooks written part by part (helpers at the end of the file).
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';

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
    let largest = 0;
    let progress = 0;
    for await (const batch of table.batches()) {
      batches++;
      largest = Math.max(largest, batch.length);
      for (const row of batch) {
        expect(row.rowNumber).toBe(last + 1);
        sum += row.number(1);
        last = row.rowNumber;
      }
      expect(table.bytesRead).toBeGreaterThan(0);
      expect(table.bytesRead).toBeGreaterThanOrEqual(progress);
      progress = table.bytesRead;
    }
    expect(batches).toBeGreaterThanOrEqual(10);
    expect(largest).toBeLessThan(5000);
    expect(last).toBe(20_000);
    expect(sum).toBe((20_000 * 20_001) / 2 / 4);
    expect(table.bytesRead).toBe(table.sizeBytes);
  });

  it('reads the same workbook many times in a row, both sheets, without a failure', async () => {
    // exceljs's streaming reader failed about one read in 400 on this (a race on workbook.xml).
    const expected = createHash('sha256').update(fs.readFileSync(workbookFile)).digest('hex');
    for (let n = 0; n < 50; n++) {
      const first = await readTable(workbookFile);
      expect(first.rows).toHaveLength(5);
      expect(first.source.sha256()).toBe(expected);
      const second = await readTable(workbookFile, { sheet: '负荷曲线' });
      expect(second.rows.map((r) => r.cells)).toEqual([
        ['表号', '数据日期', 'P1', 'P2'],
        ['M1', '2024-03-01', '1.5', '2.25'],
      ]);
      expect(second.source.sha256()).toBe(expected);
    }
  });

  it('reads a workbook whose workbook part comes last and whose shared strings follow the sheets', async () => {
    // As exceljs writes them: the reader does not depend on the order of parts in the archive.
    const names = (await zipEntries(workbookFile)).map((entry) => entry.name);
    expect(names.at(-1)).toBe('xl/workbook.xml');
    expect(names.indexOf('xl/sharedStrings.xml')).toBeGreaterThan(names.indexOf('xl/worksheets/sheet2.xml'));
    expect(names.indexOf('xl/styles.xml')).toBeGreaterThan(names.indexOf('xl/worksheets/sheet2.xml'));
    const { rows } = await readTable(workbookFile, { sheet: '负荷曲线' });
    expect(rows[0]!.cells).toEqual(['表号', '数据日期', 'P1', 'P2']);
  });
});

describe('XLSX cells', () => {
  const sharedStrings = sst(
    '<si><t>户号</t></si>',
    // Rich text keeps every run; the phonetic guide (rPh) is not part of the text.
    '<si><r><rPr><b/></rPr><t>李</t></r><r><rPr><i/></rPr><t xml:space="preserve"> 四</t></r><rPh sb="0" eb="1"><t>リ</t></rPh><phoneticPr fontId="1"/></si>',
    '<si><t>第一行_x000D_\n第二行</t></si>',
    '<si><t>2024-03-01</t></si>',
  );
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN_NS}">
  <numFmts count="4">
    <numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
    <numFmt numFmtId="165" formatCode="[h]:mm"/>
    <numFmt numFmtId="166" formatCode="#,##0.00&quot; kWh&quot;"/>
    <numFmt numFmtId="167" formatCode="yyyy/mm/dd\ hh:mm"/>
  </numFmts>
  <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
  <cellXfs count="8">
    <xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" xfId="0"/><xf numFmtId="166" xfId="0"/>
    <xf numFmtId="167" xfId="0"/><xf numFmtId="14" xfId="0"/><xf numFmtId="31" xfId="0"/><xf numFmtId="46" xfId="0"/>
  </cellXfs>
  <dxfs count="1"><dxf><numFmt numFmtId="168" formatCode="yyyy"/></dxf></dxfs>
</styleSheet>`;
  const cells = worksheet(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>户名</t></is></c>' +
      '<c r="C1" t="inlineStr"><is><r><t>合同</t></r><r><rPr><b/></rPr><t>容量</t></r></is></c></row>' +
      // Row 2 is absent; booleans, an error, formulas with cached results, an ISO date.
      '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="b"><v>0</v></c>' +
      '<c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3" t="str"><f>A1&amp;"x"</f><v>户号x</v></c>' +
      '<c r="F3"><f>1+1</f><v>2</v></c><c r="G3" t="d"><v>2024-03-01T08:30:00Z</v></c><c r="H3" t="b"><f>TRUE()</f><v>1</v></c></row>' +
      // A row and cells without r follow the previous ones; E4 jumps ahead.
      '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1.5</v></c><c r="E4" s="1"><v>45352</v></c><c s="2"><v>1.5</v></c></row>' +
      '<row r="5"><c r="A5" s="3"><v>12.5</v></c><c r="B5" s="4"><v>45352.5</v></c><c r="C5" s="5"><v>45352</v></c>' +
      '<c r="D5" s="6"><v>45352</v></c><c r="E5" s="7"><v>1.25</v></c><c r="F5" s="1" t="s"><v>3</v></c><c r="G5" s="5"><v>0.75</v></c></row>' +
      // Styled but empty cells and blank text: the row is left out.
      '<row r="6"><c r="A6" s="1"/><c r="B6" t="inlineStr"><is><t>  </t></is></c><c r="C6" t="s"><v></v></c></row>' +
      '<row r="7"><c r="B7" t="s"><v>2</v></c><c r="D7" t="inlineStr"><is><t>_x005F_x0041_</t></is></c></row>',
  );
  const prefixed =
    `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData>` +
    '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c><x:c r="C2"><x:v>7</x:v></x:c></x:row>' +
    '</x:sheetData></x:worksheet>';

  const expectedRows = [
    { rowNumber: 1, cells: ['户号', '户名', '合同容量'] },
    { rowNumber: 3, cells: ['李 四', 'TRUE', 'FALSE', '#DIV/0!', '户号x', '2', '2024-03-01 08:30:00', 'TRUE'] },
    { rowNumber: 4, cells: ['a', '1.5', '', '', '2024-03-01', '1.5'] },
    { rowNumber: 5, cells: ['12.5', '2024-03-01 12:00:00', '2024-03-01', '2024-03-01', '1.25', '2024-03-01', '18:00:00'] },
    { rowNumber: 7, cells: ['', '第一行\r\n第二行', '', '_x0041_'] },
  ];

  it('reads every cell type, with the shared strings, styles and workbook after the sheets', async () => {
    const file = files.write(
      'cells.xlsx',
      zipArchive([
        { name: '[Content_Types].xml', content: CONTENT_TYPES },
        { name: 'xl/worksheets/sheet1.xml', content: cells },
        { name: 'xl/worksheets/sheet2.xml', content: prefixed },
        { name: 'xl/sharedStrings.xml', content: sharedStrings },
        { name: 'xl/styles.xml', content: styles },
        { name: 'xl/_rels/workbook.xml.rels', content: workbookRels(2) },
        { name: 'xl/workbook.xml', content: workbookXml(['单元格', '前缀']) },
      ]),
    );
    const { source, rows } = await readTable(file);
    expect(source.sheets).toEqual(['单元格', '前缀']);
    expect(rows).toEqual(expectedRows);
    const table = await openTable(file);
    for await (const batch of table.batches()) {
      const row4 = batch.find((row) => row.rowNumber === 4)!;
      expect([row4.number(1), row4.number(5), row4.length]).toEqual([1.5, 1.5, 6]);
      const row5 = batch.find((row) => row.rowNumber === 5)!;
      expect([row5.number(0), row5.number(4)]).toEqual([12.5, 1.25]);
    }
    expect((await readTable(file, { sheet: '前缀' })).rows).toEqual([{ rowNumber: 2, cells: ['', '前缀', '7'] }]);
  });

  it('reads the same cells whatever the order of the parts, stored or deflated', async () => {
    const file = files.write(
      'cells-first.xlsx',
      zipArchive([
        { name: 'xl/workbook.xml', content: workbookXml(['单元格', '前缀']) },
        { name: 'xl/styles.xml', content: styles, method: 0 },
        { name: 'xl/_rels/workbook.xml.rels', content: workbookRels(2) },
        { name: 'xl/sharedStrings.xml', content: sharedStrings },
        { name: '[Content_Types].xml', content: CONTENT_TYPES },
        { name: 'xl/worksheets/sheet2.xml', content: prefixed },
        { name: 'xl/worksheets/sheet1.xml', content: cells, method: 0 },
      ]),
    );
    const { source, rows } = await readTable(file);
    expect(rows).toEqual(expectedRows);
    expect(source.sha256()).toBe(createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
    expect(source.bytesRead).toBe(source.sizeBytes);
  });

  it('counts dates from 1904 when the workbook says so', async () => {
    const file = files.write(
      '1904.xlsx',
      simpleWorkbook(
        worksheet('<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="1"><v>0.5</v></c><c r="C1" s="1"><v>45352.25</v></c></row>'),
        { date1904: true, styles: stylesWith([0, 22]) },
      ),
    );
    expect((await readTable(file)).rows).toEqual([{ rowNumber: 1, cells: ['1904-01-02', '12:00:00', '2028-03-02 06:00:00'] }]);
  });

  it('reads a workbook with neither shared strings nor styles', async () => {
    const file = files.write('bare.xlsx', simpleWorkbook(worksheet('<row r="1"><c r="A1"><v>45352</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row>')));
    expect((await readTable(file)).rows).toEqual([{ rowNumber: 1, cells: ['45352', 'x'] }]);
  });

  it('reads a worksheet part written in UTF-16 with a byte-order mark', async () => {
    const xml = worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>户号</t></is></c><c r="B1"><v>3</v></c></row>').replace('UTF-8', 'UTF-16');
    const file = files.write('utf16.xlsx', simpleWorkbook(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')])));
    expect((await readTable(file)).rows).toEqual([{ rowNumber: 1, cells: ['户号', '3'] }]);
  });

  it('refuses malformed worksheet XML as a damaged workbook', async () => {
    const file = files.write('malformed.xlsx', simpleWorkbook(worksheet('<row r="1"><c r="A1"><v>1</v></row>')));
    await expect(readTable(file)).rejects.toMatchObject({ code: 'import.corrupt_xlsx' });
  });
});

describe('XLSX streaming', () => {
  /** A sheet of `rows` rows with a text and a number cell, little of it compressible. */
  function bigSheet(rows: number): string {
    const parts: string[] = [];
    let state = 7;
    for (let r = 1; r <= rows; r++) {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      parts.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>M${state.toString(36)}</t></is></c><c r="B${r}"><v>${r}</v></c></row>`);
    }
    return worksheet(parts.join(''));
  }

  it('does not read the whole sheet before the first batch', async () => {
    const file = files.write('huge.xlsx', simpleWorkbook(bigSheet(200_000)));
    const table = await openTable(file);
    for await (const batch of table.batches()) {
      expect(batch[0]!.rowNumber).toBe(1);
      expect(table.bytesRead).toBeLessThan(table.sizeBytes / 4);
      break;
    }
    await table.close();
  });

  it('stops reading when the reader breaks out early, and the file reads again', async () => {
    const file = files.write('break.xlsx', simpleWorkbook(bigSheet(20_000)));
    for (let n = 0; n < 5; n++) {
      const table = await openTable(file);
      for await (const _ of table.batches()) break;
      await table.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 50)); // room for a late error event
    const { rows } = await readTable(file);
    expect(rows).toHaveLength(20_000);
  });

  it('a file cut inside the sheet’s deflate stream is corrupt', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('data');
    for (let r = 1; r <= 5000; r++) sheet.addRow([`M${r}`, r]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const whole = files.write('whole.xlsx', bytes);
    const entry = (await zipEntries(whole)).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const cut = files.write('cut.xlsx', bytes.subarray(0, entry.localHeaderOffset + 60 + Math.floor(entry.compressedSize / 2)));
    await expect(readTable(cut)).rejects.toMatchObject({ code: 'import.corrupt_xlsx' });
  });

  it('a deflate stream that ends early inside an intact archive is corrupt, after the rows before it', async () => {
    const file = files.write('short-stream.xlsx', simpleWorkbook(bigSheet(20_000), { cutSheet: 0.5 }));
    const table = await openTable(file);
    let rows = 0;
    let failure: unknown = null;
    try {
      for await (const batch of table.batches()) rows += batch.length;
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(EngineError);
    expect(failure).toMatchObject({ code: 'import.corrupt_xlsx' });
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(20_000);
    await table.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  it('a sheet that inflates without an error but fails its checksum is corrupt', async () => {
    // As when damage only changes a digit: the rows read, and at the end the CRC-32 tells.
    const file = files.write('checksum.xlsx', simpleWorkbook(bigSheet(3000), { wrongSheetCrc: true }));
    const table = await openTable(file);
    let rows = 0;
    await expect(
      (async () => {
        for await (const batch of table.batches()) rows += batch.length;
      })(),
    ).rejects.toMatchObject({ code: 'import.corrupt_xlsx', details: { reason: expect.stringMatching(/checksum/) } });
    expect(rows).toBeGreaterThan(0);
  });

  it('a damaged shared strings part is corrupt', async () => {
    const file = files.write(
      'short-strings.xlsx',
      simpleWorkbook(worksheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), {
        sharedStrings: sst(...Array.from({ length: 5000 }, (_, i) => `<si><t>s${i * 7919}</t></si>`)),
        cutStrings: 0.5,
      }),
    );
    await expect(readTable(file)).rejects.toMatchObject({ code: 'import.corrupt_xlsx' });
  });
});

// Workbooks written part by part, to put parts in any order and to damage one of them.
function worksheet(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="A1"/><sheetData>${rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

function sst(...items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`;
}

/** Styles whose cell style i has number format ids[i]. */
function stylesWith(ids: number[]): string {
  return `<styleSheet xmlns="${MAIN_NS}"><cellXfs count="${ids.length}">${ids.map((id) => `<xf numFmtId="${id}"/>`).join('')}</cellXfs></styleSheet>`;
}

function workbookXml(sheets: string[], date1904 = false): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets>` +
    sheets.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets></workbook>'
  );
}

/** Relationships of `sheets` worksheets (rId1...), the shared strings and the styles. */
function workbookRels(sheets: number, { sharedStrings = true, styles = true } = {}): string {
  const type = (name: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${name}`;
  const rels = Array.from({ length: sheets }, (_, i) => [`rId${i + 1}`, type('worksheet'), `worksheets/sheet${i + 1}.xml`]);
  if (sharedStrings) rels.push(['rIdS', type('sharedStrings'), 'sharedStrings.xml']);
  if (styles) rels.push(['rIdT', type('styles'), '/xl/styles.xml']);
  return (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels.map(([id, t, target]) => `<Relationship Id="${id}" Type="${t}" Target="${target}"/>`).join('') +
    '</Relationships>'
  );
}

interface SimpleOptions {
  date1904?: boolean;
  sharedStrings?: string;
  styles?: string;
  /** Keep this share of the sheet's (or the shared strings') compressed bytes, as if its stream were cut. */
  cutSheet?: number;
  cutStrings?: number;
  /** Give the sheet a CRC-32 that its bytes do not have. */
  wrongSheetCrc?: boolean;
}

/** One worksheet, named 'data', with the shared strings and styles given. */
function simpleWorkbook(sheet: string | Buffer, options: SimpleOptions = {}): Buffer {
  const parts: ZipPart[] = [
    { name: '[Content_Types].xml', content: CONTENT_TYPES },
    { name: 'xl/workbook.xml', content: workbookXml(['data'], options.date1904) },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: workbookRels(1, { sharedStrings: options.sharedStrings !== undefined, styles: options.styles !== undefined }),
    },
    { name: 'xl/worksheets/sheet1.xml', content: sheet, cut: options.cutSheet, wrongCrc: options.wrongSheetCrc },
  ];
  if (options.sharedStrings !== undefined) parts.push({ name: 'xl/sharedStrings.xml', content: options.sharedStrings, cut: options.cutStrings });
  if (options.styles !== undefined) parts.push({ name: 'xl/styles.xml', content: options.styles });
  return zipArchive(parts);
}

interface ZipPart {
  name: string;
  content: string | Buffer;
  /** 8 deflated (the default), 0 stored. */
  method?: 0 | 8;
  /** Keep only this share of the compressed bytes; the directory agrees, so only the stream is short. */
  cut?: number;
  wrongCrc?: boolean;
}

/** A ZIP archive with its parts in the order given. */
function zipArchive(parts: ZipPart[]): Buffer {
  const records: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = Buffer.from(part.content);
    const method = part.method ?? 8;
    let stored = method === 8 ? zlib.deflateRawSync(data) : data;
    if (part.cut !== undefined) stored = stored.subarray(0, Math.floor(stored.length * part.cut));
    const name = Buffer.from(part.name);
    const crc = (zlib.crc32(data) ^ (part.wrongCrc ? 1 : 0)) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    records.push(local, name, stored);
    directory.push(central, name);
    offset += local.length + name.length + stored.length;
  }
  const centralDirectory = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...records, centralDirectory, end]);
}

async function zipEntries(file: string): Promise<ZipEntry[]> {
  const handle = await fs.promises.open(file);
  try {
    return await readZipDirectory(handle, (await handle.stat()).size);
  } finally {
    await handle.close();
  }
}
