import { afterAll, describe, expect, it } from 'vitest';
import { encodeGb18030, encodeGbk } from '../../../helpers/gbk.js';
import { readTable, TempFiles, utf16be, utf16le } from './fixtures.js';

const files = new TempFiles();
afterAll(() => files.remove());

const CHINESE = '户号,户名,用电类别,电量(kWh)\n3100012345,张三,居民生活,"16,853"\n3100012346,李四,一般工商业,-5.5\n';
const CHINESE_ROWS = [
  ['户号', '户名', '用电类别', '电量(kWh)'],
  ['3100012345', '张三', '居民生活', '16,853'],
  ['3100012346', '李四', '一般工商业', '-5.5'],
];

describe('CSV encodings', () => {
  it.each([
    ['UTF-8', Buffer.from(CHINESE, 'utf8'), 'utf-8', false],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CHINESE)]), 'utf-8', true],
    ['GBK', encodeGbk(CHINESE), 'gb18030', false],
    ['UTF-16LE with BOM', utf16le(CHINESE, true), 'utf-16le', true],
    ['UTF-16BE with BOM', utf16be(CHINESE, true), 'utf-16be', true],
    ['UTF-16LE without BOM', utf16le(CHINESE, false), 'utf-16le', false],
    ['UTF-16BE without BOM', utf16be(CHINESE, false), 'utf-16be', false],
  ])('reads %s', async (name, bytes, encoding, hasBom) => {
    const { source, rows } = await readTable(files.write(`${name}.csv`, bytes));
    expect(source.format).toBe('csv');
    expect(source.encoding).toBe(encoding);
    expect(source.hasBom).toBe(hasBom);
    expect(rows.map((r) => r.cells)).toEqual(CHINESE_ROWS);
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 3]);
  });

  it('reads GB18030 four-byte characters', async () => {
    const text = '表号,备注\nM1,𠀀字与㐀\n';
    const { source, rows } = await readTable(files.write('gb18030.csv', encodeGb18030(text)));
    expect(source.encoding).toBe('gb18030');
    expect(rows[1]!.cells).toEqual(['M1', '𠀀字与㐀']);
  });

  describe('text past an ASCII-only first megabyte', () => {
    // The sniffed sample cannot tell UTF-8 from GBK; the reader decides at the first byte that
    // is not ASCII, even when a chunk ends inside that character.
    const CHUNK = 4096;
    const asciiPrefix = (length: number) => {
      const lines = ['meter,note'];
      let size = lines[0]!.length + 1;
      while (size + 6 + 3 <= length) {
        lines.push('M1,ok');
        size += 6;
      }
      lines.push(`M1,${'x'.repeat(length - size - 3)}`); // no line end: the next cell goes on
      return lines.join('\n');
    };

    it.each([
      ['GBK', encodeGbk, 'gb18030'],
      ['UTF-8', (text: string) => Buffer.from(text), 'utf-8'],
    ] as const)('%s, with a chunk boundary inside the first character', async (name, encode, encoding) => {
      const prefix = asciiPrefix((1 << 20) + 100 * CHUNK - 1); // the next byte ends a chunk
      const file = files.write(`late-${name}.csv`, Buffer.concat([Buffer.from(prefix), encode('张三,备注\nM2,李四\n')]));
      for (const chunkBytes of [CHUNK, 1 << 20]) {
        const { source, rows } = await readTable(file, { chunkBytes });
        expect(source.encoding).toBe(encoding);
        expect(rows.at(-2)!.cells).toEqual(['M1', expect.stringMatching(/^x*张三$/), '备注']);
        expect(rows.at(-1)!.cells).toEqual(['M2', '李四']);
      }
    });
  });

  it('does not take a UTF-8 character cut at the end of the sample for GBK', async () => {
    const filler = 'a'.repeat((1 << 20) - 1); // the sample ends after the first byte of '张'
    const { source, rows } = await readTable(files.write('cut.csv', Buffer.from(`h\n${filler.slice(2)}张\n`)));
    expect(source.encoding).toBe('utf-8');
    expect(rows[1]!.cells[0]!.endsWith('张')).toBe(true);
  });
});

describe('CSV delimiters', () => {
  it.each([
    [',', 'a,b,c\n1,2,3\n'],
    ['\t', 'a\tb\tc\n1\t2\t3\n'],
    [';', 'a;b;c\n1;2,5;3\n'],
    ['|', 'a|b|c\n1|2|3\n'],
  ])('detects %j', async (delimiter, text) => {
    const { source, rows } = await readTable(files.write('delimited.csv', text));
    expect(source.delimiter).toBe(delimiter);
    expect(rows[0]!.cells).toEqual(['a', 'b', 'c']);
    expect(rows[1]!.cells).toHaveLength(3);
  });

  it('ignores delimiters inside quotes and title lines without delimiters', async () => {
    const text = 'XX供电公司 日冻结示值, 导出\n表号;"日期, 时间";正向有功总\nM1;"2024-03-01, 00:00";"1,234.5"\nM2;2024-03-02;7\n';
    const { source } = await readTable(files.write('semicolon.csv', text));
    expect(source.delimiter).toBe(';');
  });

  it('splits GBK text on "|" correctly although GBK trail bytes include 0x7C', async () => {
    // '亅' is 0x81 0x7C in GBK: read as bytes, its second byte would look like a delimiter.
    const text = '名称|值\n亅亅|1\n';
    const { rows } = await readTable(files.write('pipe-gbk.csv', encodeGbk(text)), { encoding: 'gb18030' });
    expect(rows.map((r) => r.cells)).toEqual([
      ['名称', '值'],
      ['亅亅', '1'],
    ]);
  });
});

describe('CSV structure', () => {
  it('follows RFC 4180 quoting', async () => {
    const text = 'a,b,c\r\n"x, y","line1\r\nline2","say ""hi"""\r\n"",  padded  ,"12"34\r\n';
    const { rows } = await readTable(files.write('quotes.csv', text));
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['a', 'b', 'c'] },
      { rowNumber: 2, cells: ['x, y', 'line1\r\nline2', 'say "hi"'] },
      { rowNumber: 3, cells: ['', 'padded', '1234'] },
    ]);
  });

  it('reads LF, CRLF and CR line ends, skipping blank lines but counting them', async () => {
    const text = 'h1,h2\r\n1,2\n\n3,4\r5,6\r\n\r\n,\n ,  \n7,8';
    const { rows } = await readTable(files.write('lines.csv', text));
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['h1', 'h2'] },
      { rowNumber: 2, cells: ['1', '2'] },
      { rowNumber: 4, cells: ['3', '4'] },
      { rowNumber: 5, cells: ['5', '6'] },
      { rowNumber: 9, cells: ['7', '8'] },
    ]);
  });

  it('keeps title rows and ragged rows as they are', async () => {
    const text = 'XX供电公司 用户档案 导出时间:2024-03-05\n户号,户名,电话\n1001,张三\n1002,李四,13800000000,多余\n';
    const { rows } = await readTable(files.write('ragged.csv', text));
    expect(rows.map((r) => r.cells)).toEqual([
      ['XX供电公司 用户档案 导出时间:2024-03-05'],
      ['户号', '户名', '电话'],
      ['1001', '张三'],
      ['1002', '李四', '13800000000', '多余'],
    ]);
  });

  it('serves numbers, emptiness and absent cells through the RowView', async () => {
    const file = files.write('values.csv', 'a\tb\tc\td\te\tf\n16,853\t 1 234.5 \t"7"\t\t５kWh\t　\n');
    const source = (await readTable(file)).source;
    expect(source.delimiter).toBe('\t');
    const { openTable } = await import('../../../../engine/import/openTable.js');
    const table = await openTable(file);
    const checked: unknown[] = [];
    for await (const batch of table.batches()) {
      const row = batch[1]!;
      checked.push(
        [row.number(0), row.number(1), row.number(2), row.number(3), row.number(4), row.number(9)],
        [row.isEmpty(0), row.isEmpty(3), row.isEmpty(5), row.isEmpty(9)],
        [row.text(5), row.text(9), row.length],
      );
    }
    expect(checked[0]).toEqual([16853, 1234.5, 7, NaN, NaN, NaN]);
    expect(checked[1]).toEqual([false, true, true, true]);
    expect(checked[2]).toEqual(['', '', 6]);
  });

  it('reads an unclosed quote at the end of the file to the end', async () => {
    const { rows } = await readTable(files.write('unclosed.csv', 'a,b\n1,"never closed\nstill inside'));
    expect(rows[1]!.cells).toEqual(['1', 'never closed\nstill inside']);
  });

  it('computes the SHA-256 of the raw bytes and counts them', async () => {
    const { createHash } = await import('node:crypto');
    const bytes = encodeGbk(CHINESE.repeat(50));
    const { source } = await readTable(files.write('hash.csv', bytes), { chunkBytes: 100 });
    expect(source.sha256()).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(source.bytesRead).toBe(bytes.length);
  });
});

describe('CSV chunk boundaries', () => {
  // Every small chunk size puts boundaries inside multi-byte characters, quoted fields,
  // doubled quotes and CRLF pairs; the rows must not change.
  const text =
    '户号,备注,电量\r\n' +
    '1001,"含,逗号\r\n和换行",1.5\r\n' +
    '1002,"引号""里""面",-2\r\n' +
    '\r\n' +
    '1003,𠀀字与㐀€,"16,853"\r\n' +
    '1004,"",7\r';

  it.each([
    ['UTF-8', Buffer.from(text)],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['GB18030', encodeGb18030(text)],
    ['UTF-16LE with BOM', utf16le(text, true)],
  ])('%s', async (name, bytes) => {
    const file = files.write(`chunks-${name}.csv`, bytes);
    const whole = await readTable(file);
    expect(whole.rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 5, 6]);
    expect(whole.rows[1]!.cells).toEqual(['1001', '含,逗号\r\n和换行', '1.5']);
    expect(whole.rows[2]!.cells).toEqual(['1002', '引号"里"面', '-2']);
    expect(whole.rows[3]!.cells).toEqual(['1003', '𠀀字与㐀€', '16,853']);
    for (let chunkBytes = 1; chunkBytes <= 24; chunkBytes++) {
      const chunked = await readTable(file, { chunkBytes, encoding: whole.source.encoding! });
      expect(chunked.rows, `chunks of ${chunkBytes} bytes`).toEqual(whole.rows);
    }
  });
});

describe('RowView.number', () => {
  it('agrees with parseNumber on the cell text, for every kind of cell', async () => {
    const cells = ['0', '-0', '1.5', '-.25', '+7', '"16,853"', ' 42 ', '"  1 234.5 "', '１２３', '−5', '1e3', '2.5E-2', '"1,23"',
      '5kWh', '', '""', '"a""b"', '9007199254740993', '0.1234567890123456', '123456789012345678', '.', '-', '12.', '"1,234,567.8"',
      '　７　', '1e400'];
    const { openTable } = await import('../../../../engine/import/openTable.js');
    const { parseNumber } = await import('../../../../engine/import/parse/numbers.js');
    const table = await openTable(files.write('numbers.csv', `${cells.join(',')}\n${cells.join(',')}`));
    let compared = 0;
    for await (const batch of table.batches()) {
      for (const row of batch) {
        for (let i = 0; i < row.length; i++) {
          expect(Object.is(row.number(i), parseNumber(row.text(i))), `cell ${i} ${row.text(i)}`).toBe(true);
          compared++;
        }
      }
    }
    expect(compared).toBe(cells.length * 2);
  });
});

describe('CSV guard rails', () => {
  it('stops at a quote that is never closed instead of reading the file into memory', async () => {
    const bytes = Buffer.alloc(66 << 20, 0x78);
    Buffer.from('a,b\n1,"').copy(bytes);
    for (let i = 4096; i < bytes.length; i += 4096) bytes[i] = 0x0a; // many lines, all inside the quote
    const error = await readTable(files.write('runaway.csv', bytes)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'import.malformed_csv' });
    expect((error as Error).message).toMatch(/never closed/);
  });
});
