import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TextEncoder } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { EngineError } from '../../../../engine/api/errors.js';
import { previewTable, readFeatureTable } from '../../../../engine/risk/table/readTable.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'risk-table-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** GBK bytes of ASCII and a few Chinese characters, from a table (Node's TextEncoder writes only UTF-8). */
const gbk: Record<string, number[]> = { 户: [0xbb, 0xa7], 号: [0xba, 0xc5], 欠: [0xc7, 0xb7], 费: [0xb7, 0xd1], 渠: [0xc7, 0xfe], 道: [0xb5, 0xc0], 银: [0xd2, 0xf8], 行: [0xd0, 0xd0], 违: [0xce, 0xa5], 约: [0xd4, 0xbc] };
function gbkBytes(text: string): Buffer {
  return Buffer.from([...text].flatMap((c) => gbk[c] ?? [...new TextEncoder().encode(c)]));
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

const csv = ['户号,欠费,渠道,违约', 'C1,"1,200",银行,1', 'C2,35.5,,0', 'C3,,银行,0', 'C4,7,app,1', ''].join('\r\n');

function expectTable(file: string): void {
  const table = readFeatureTable(file, { target: '违约', id: '户号' });
  expect(table.ids).toEqual(['C1', 'C2', 'C3', 'C4']);
  expect([...table.target!]).toEqual([1, 0, 0, 1]);
  expect(table.columns.map((c) => [c.name, c.kind])).toEqual([
    ['欠费', 'numeric'],
    ['渠道', 'categorical'],
  ]);
  expect([...(table.columns[0]!.values as Float64Array)]).toEqual([1200, 35.5, NaN, 7]);
  expect(table.columns[1]!.values).toEqual(['银行', null, '银行', 'app']);
}

describe('readFeatureTable', () => {
  it('reads UTF-8 with a BOM and Chinese headers: thousands separators, missing cells, id and target', () => {
    expectTable(write('utf8.csv', `\ufeff${csv}`));
  });

  it('reads GBK the same way', () => {
    const file = write('gbk.csv', gbkBytes(csv));
    expect(fs.readFileSync(file).includes(Buffer.from('欠费'))).toBe(false); // really not UTF-8
    expectTable(file);
  });

  it('detects a semicolon delimiter, numbers the rows without an id, honours kinds and exclusions', () => {
    const file = write('semi.csv', 'a;b;c;y\n1;x;5;0\n2;y;6;1\n3;x;7;0\n');
    const table = readFeatureTable(file, { target: 'y', exclude: ['c'], kinds: { a: 'categorical' } });
    expect(table.ids).toEqual(['1', '2', '3']);
    expect(table.columns.map((c) => [c.name, c.kind])).toEqual([
      ['a', 'categorical'],
      ['b', 'categorical'],
    ]);
    expect(table.columns[0]!.values).toEqual(['1', '2', '3']);
    expect(readFeatureTable(file, {}).target).toBeNull();
  });

  it('keeps a column numeric with under 5 % text cells (read as missing), categorical above', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `${i === 0 ? 'n/a' : i},${i < 3 ? 'n/a' : i},${i % 2}`);
    const table = readFeatureTable(write('share.csv', ['few,many,y', ...rows].join('\n')), { target: 'y' });
    expect(table.columns.map((c) => c.kind)).toEqual(['numeric', 'categorical']);
    expect(Number.isNaN((table.columns[0]!.values as Float64Array)[0])).toBe(true);
  });

  it('refuses a target that is not 0/1, saying which row', () => {
    const file = write('bad.csv', 'x,y\n1,0\n2,2\n');
    const error = (() => {
      try {
        readFeatureTable(file, { target: 'y' });
      } catch (e) {
        return e;
      }
    })() as EngineError;
    expect(error).toBeInstanceOf(EngineError);
    expect(error.code).toBe('risk.bad_target');
    expect(error.details).toMatchObject({ column: 'y', row: 3, value: '2' });
    expect(() => readFeatureTable(write('empty-target.csv', 'x,y\n1,\n'), { target: 'y' })).toThrow(/must hold 0 or 1/);
  });

  it('refuses an unknown column and a file without rows', () => {
    const file = write('ok.csv', 'x,y\n1,0\n');
    expect(() => readFeatureTable(file, { target: 'bad' })).toThrow(expect.objectContaining({ code: 'risk.unknown_column' }));
    expect(() => readFeatureTable(write('header.csv', 'x,y\n'), {})).toThrow(expect.objectContaining({ code: 'import.no_rows' }));
    expect(() => readFeatureTable(write('blank.csv', '\n\n'), {})).toThrow(expect.objectContaining({ code: 'import.empty_file' }));
  });
});

describe('previewTable', () => {
  it('names kinds, distinct values, missing cells and the binary target candidates', () => {
    const preview = previewTable(write('preview.csv', `\ufeff${csv}`));
    expect(preview).toMatchObject({ fileName: 'preview.csv', rows: 4 });
    expect(preview.columns).toEqual([
      { name: '户号', kind: 'categorical', distinct: 4, missing: 0, binary: false },
      { name: '欠费', kind: 'numeric', distinct: 3, missing: 1, binary: false },
      { name: '渠道', kind: 'categorical', distinct: 2, missing: 1, binary: false },
      { name: '违约', kind: 'numeric', distinct: 2, missing: 0, binary: true },
    ]);
  });
});
