// Sentences written from figures: the change's direction and size, the part that led it, the
// comparison missing, in both languages; a KPI's change as a percentage or in points.
import { describe, expect, it } from 'vitest';
import type { ReportKpi } from '../../../engine/api/reportsTypes.js';
import { kpiChange } from '../../../engine/reports/render/pdf.js';
import { sheetName } from '../../../engine/reports/render/xlsx.js';
import { reportFileBase } from '../../../engine/reports/export.js';
import { changeSentence, direction, leader, relativeChange } from '../../../engine/reports/sentences.js';
import { reportWords } from '../../../engine/reports/words.js';

const en = reportWords('en');
const zh = reportWords('zh-CN');

describe('relative change', () => {
  it('is value / base − 1, and null without a base', () => {
    expect(relativeChange(104.2, 100)).toBeCloseTo(0.042, 10);
    expect(relativeChange(90, 100)).toBeCloseTo(-0.1, 10);
    expect(relativeChange(5, 0)).toBeNull();
    expect(relativeChange(5, null)).toBeNull();
  });

  it('reads changes under 0.05 % as steady', () => {
    expect(direction(0.0004)).toBe('steady');
    expect(direction(-0.0004)).toBe('steady');
    expect(direction(0.001)).toBe('up');
    expect(direction(-0.001)).toBe('down');
  });
});

describe('leader', () => {
  const parts = [
    { key: 'residential', value: 100, base: 110 },
    { key: 'commercial', value: 230, base: 200 },
    { key: 'large_industry', value: 505, base: 500 },
  ];

  it('is the largest move in the total’s direction', () => {
    expect(leader(parts, 0.031)).toEqual({ key: 'commercial', change: expect.closeTo(0.15, 10) });
    expect(leader(parts, -0.02)).toEqual({ key: 'residential', change: expect.closeTo(100 / 110 - 1, 10) });
  });

  it('is none when the total held steady or nothing moved its way', () => {
    expect(leader(parts, 0)).toBeNull();
    expect(leader([{ key: 'a', value: 90, base: 100 }], 0.05)).toBeNull();
  });
});

describe('change sentence', () => {
  it('says how much the figure rose and what led it', () => {
    expect(changeSentence(en, 'consumption', 0.0421, 'month', { name: 'Commercial', change: 0.081 })).toBe('Consumption rose 4.2% on the month, led by Commercial (+8.1%).');
    expect(changeSentence(zh, '用电量', 0.0421, 'month', { name: '商业', change: 0.081 })).toBe('用电量环比增长4.2%，主要由商业带动（+8.1%）。');
  });

  it('says a fall, a steady figure and a year-on-year change', () => {
    expect(changeSentence(en, 'consumption', -0.013, 'year')).toBe('Consumption fell 1.3% on the year.');
    expect(changeSentence(zh, '用电量', -0.013, 'year')).toBe('用电量同比下降1.3%。');
    expect(changeSentence(en, 'consumption', 0.0001, 'period', { name: 'x', change: 0.1 })).toBe('Consumption held steady on the previous period.');
  });

  it('says why there is no comparison', () => {
    expect(changeSentence(en, 'consumption', null, 'year')).toBe('The workspace does not reach back a year: no year-on-year change of consumption.');
    expect(changeSentence(zh, '用电量', null, 'month')).toBe('缺少上月数据，无法计算用电量环比。');
  });
});

describe('KPI change', () => {
  const kpi = (change: ReportKpi['change']): ReportKpi => ({ key: 'k', label: 'K', value: 1, format: 'percent', unit: '', change, mom: null, yoy: null });

  it('is a signed percentage for amounts and percentage points for rates', () => {
    expect(kpiChange(kpi('relative'), 0.042, en)).toBe('+4.2%');
    expect(kpiChange(kpi('points'), -0.0076, en)).toBe('-0.76 pt');
    expect(kpiChange(kpi('points'), 0.003, zh)).toBe('+0.30 个百分点');
    expect(kpiChange(kpi('relative'), null, en)).toBe('—');
  });
});

describe('file and sheet names', () => {
  it('keep what a file system and Excel accept, unique per workbook', () => {
    expect(reportFileBase('Report: 2024/06 <draft>')).toBe('Report 2024 06 draft');
    expect(reportFileBase('???')).toBe('report');
    const taken = new Set<string>();
    expect(sheetName('Bills [2024]: paid/owed?', taken)).toBe('Bills  2024   paid owed');
    expect(sheetName('A very long heading that Excel would refuse as a sheet name', taken)).toHaveLength(28);
    expect(sheetName('Same', taken)).toBe('Same');
    expect(sheetName('same', taken)).toBe('same 2');
  });
});
