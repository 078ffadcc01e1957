import { describe, expect, it } from 'vitest';
import { detectPointColumns, findHeaderRow, headerUnit, matchFields, normalizeHeader, type SynonymTable } from '../../../../engine/import/headers.js';

describe('normalizeHeader and headerUnit', () => {
  it.each([
    ['  户号 ', '户号', null],
    ['温度(℃)', '温度', '℃'],
    ['负荷（kW）', '负荷', 'kW'],
    ['Demand [MW]', 'demand', 'MW'],
    ['电量【kWh】', '电量', 'kWh'],
    ['Customer No', 'customerno', null],
    ['ＣＵＳＴＯＭＥＲ＿ＮＯ', 'customer_no', null],
    ['(备注)', '(备注)', null],
  ])('%j -> %j, unit %j', (header, normalized, unit) => {
    expect(normalizeHeader(header)).toBe(normalized);
    expect(headerUnit(header)).toBe(unit);
  });
});

describe('matchFields', () => {
  const customers: SynonymTable = {
    customer: ['户号', '用户编号', 'customer_no'],
    name: ['户名', '用户名称', 'name'],
    date: ['日期', 'date'],
    consumption: ['电量', 'kwh'],
  };

  it('matches exact names first, in any language and width', () => {
    expect(matchFields(['用户编号', ' 户名 ', 'Customer_No'], customers)).toEqual({ customer: 0, name: 1 });
    expect(matchFields(['CUSTOMER_NO', 'Name'], customers)).toEqual({ customer: 0, name: 1 });
  });

  it('then headers that contain a synonym, longest synonym first', () => {
    const table: SynonymTable = { date: ['日期'], frozenDate: ['冻结日期'], total: ['正向有功总'] };
    expect(matchFields(['表号', '数据日期', '冻结日期', '正向有功总示值'], table)).toEqual({ date: 1, frozenDate: 2, total: 3 });
    expect(matchFields(['抄表冻结日期', '数据日期'], table)).toEqual({ frozenDate: 0, date: 1 });
  });

  it('gives each column to one field and each field one column', () => {
    const table: SynonymTable = { a: ['户号'], b: ['户号'] };
    expect(matchFields(['户号', '户号'], table)).toEqual({ a: 0, b: 1 });
    expect(matchFields(['户号'], table)).toEqual({ a: 0 });
  });

  it('matches ASCII synonyms only as whole words', () => {
    expect(matchFields(['general_supply_kwh'], customers)).toEqual({ consumption: 0 });
    expect(matchFields(['update_time', 'kwhours'], customers)).toEqual({});
  });
});

describe('detectPointColumns', () => {
  const numbered = (prefix: string, n: number) => Array.from({ length: n }, (_, k) => `${prefix}${k + 1}`);
  const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
  const padded = (minutes: number) => clock(minutes).padStart(5, '0');

  it.each([
    ['P', 96],
    ['p', 96],
    ['H', 24],
    ['h', 24],
    ['V', 48],
  ])('finds %s1.. with %d points', (prefix, points) => {
    const headers = ['表号', '日期', ...numbered(prefix, points)];
    expect(detectPointColumns(headers)).toEqual({
      columns: Array.from({ length: points }, (_, k) => k + 2),
      points,
      timeLabel: 'start',
    });
  });

  it('orders numbered columns by number, whatever their place', () => {
    const headers = ['meter', ...numbered('P', 24).reverse(), 'date'];
    const found = detectPointColumns(headers)!;
    expect(found.points).toBe(24);
    expect(found.columns[0]).toBe(24);
    expect(found.columns[23]).toBe(1);
  });

  it('reads end-labelled times 0:15..24:00', () => {
    const headers = ['表号', '日期', ...Array.from({ length: 96 }, (_, k) => clock((k + 1) * 15))];
    expect(detectPointColumns(headers)).toMatchObject({ points: 96, timeLabel: 'end', columns: headers.slice(2).map((_, k) => k + 2) });
  });

  it('reads start-labelled times 00:00..23:45', () => {
    const headers = ['表号', ...Array.from({ length: 96 }, (_, k) => padded(k * 15))];
    expect(detectPointColumns(headers)).toMatchObject({ points: 96, timeLabel: 'start' });
  });

  it('reads half-hourly times 00:30..24:00', () => {
    const headers = ['表号', ...Array.from({ length: 48 }, (_, k) => padded((k + 1) * 30))];
    expect(detectPointColumns(headers)).toMatchObject({ points: 48, timeLabel: 'end' });
  });

  it('returns null for an incomplete set or ordinary headers', () => {
    expect(detectPointColumns(['表号', ...numbered('P', 95)])).toBeNull();
    expect(detectPointColumns(['表号', ...numbered('P', 97)])).toBeNull();
    expect(detectPointColumns(['表号', ...Array.from({ length: 95 }, (_, k) => clock((k + 1) * 15))])).toBeNull();
    expect(detectPointColumns(['户号', '户名', '电量'])).toBeNull();
  });
});

describe('findHeaderRow', () => {
  const customers: SynonymTable = { customer: ['户号'], name: ['户名'], category: ['用电类别'] };
  const interval: SynonymTable = { meter: ['表号'], date: ['日期', '数据日期'] };

  it('skips title lines above the header', () => {
    const rows = [
      ['XX供电公司 用户档案 导出时间:2024-03-05'],
      [''],
      ['户号', '户名', '用电类别'],
      ['1001', '张三', '居民生活'],
    ];
    expect(findHeaderRow(rows, [interval, customers])).toBe(2);
  });

  it('counts the point columns of a load curve', () => {
    const rows = [['96点负荷曲线'], ['表号', '数据日期', ...Array.from({ length: 96 }, (_, k) => `P${k + 1}`)], ['M1', '2024-03-01']];
    expect(findHeaderRow(rows, [customers, interval])).toBe(1);
  });

  it('falls back to the first full-width row of text when no name is known', () => {
    const rows = [['Report'], ['alpha', 'beta', 'gamma'], ['1', '2', '3']];
    expect(findHeaderRow(rows, [customers])).toBe(1);
  });
});
