// A report's sections on a small demo workspace (14 months: a month before and a year before to
// compare with): the figures are the Overview's, the sentences follow them, modules without results
// say what to do, a saved view's rows come from the query builder, and the monthly template picks a
// whole month.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportBlock, ReportSpec } from '../../../engine/api/reportsTypes.js';
import { addMonths, formatMonth } from '../../../engine/core/calendar.js';
import { consumptionByMonth } from '../../../engine/overview/charts.js';
import { overviewKpis } from '../../../engine/overview/kpis.js';
import { runQuerySpec } from '../../../engine/query/builder/runSpec.js';
import { saveView } from '../../../engine/query/views/store.js';
import { reportContent } from '../../../engine/reports/content.js';
import { deleteReport, getReport, listReports, saveReport } from '../../../engine/reports/store.js';
import { latestWholeMonth, monthlyReport } from '../../../engine/reports/templates.js';
import type { Db } from '../../../engine/store/database.js';
import { closeDemos, smallDemo } from '../demo/smallDemo.js';

let db: Db;
let month: string;

beforeAll(() => {
  db = smallDemo({ seed: 4, customers: 150, days: 430, endDate: '2025-06-20' }).db;
  month = formatMonth(latestWholeMonth(db)!);
}, 60_000);
afterAll(() => closeDemos());

type ChartBlock = Extract<ReportBlock, { kind: 'chart' }>;
const chartBlock = (spec: ReportSpec, index: number) => reportContent(db, spec).blocks[index] as ChartBlock;
const spec = (sections: ReportSpec['sections'], language: ReportSpec['language'] = 'en'): ReportSpec => ({ title: 'T', language, period: { from: month, to: month }, sections });

describe('monthly template', () => {
  it('is for the latest whole month: the demo ends on 20 June, so May', () => {
    expect(month).toBe('2025-05');
    const monthly = monthlyReport('zh-CN', month);
    expect(monthly.title).toBe('2025年5月营销分析报告');
    expect(monthly.sections[0]).toEqual({ kind: 'kpis' });
    expect(monthly.sections.map((s) => ('chart' in s ? s.chart : s.kind))).toEqual(expect.arrayContaining(['consumption.byMonth', 'forecast.latest', 'arrears.byMonth', 'theft.cases', 'service.volume']));
  });
});

describe('key figures', () => {
  it('are the Overview’s for the month, with the change on the month before and the year before', () => {
    const block = reportContent(db, spec([{ kind: 'kpis' }])).blocks[0] as Extract<ReportBlock, { kind: 'kpis' }>;
    const now = overviewKpis(db, { from: month, to: month });
    const before = overviewKpis(db, { from: '2025-04', to: '2025-04' });
    const yearAgo = overviewKpis(db, { from: '2024-05', to: '2024-05' });
    const consumption = block.kpis.find((k) => k.key === 'consumption')!;
    expect(consumption.value).toBe(now.consumptionKwh);
    expect(consumption.mom).toBeCloseTo(now.consumptionKwh / before.consumptionKwh - 1, 12);
    expect(consumption.yoy).toBeCloseTo(now.consumptionKwh / yearAgo.consumptionKwh - 1, 12);
    const collection = block.kpis.find((k) => k.key === 'collectionRate')!;
    expect(collection.change).toBe('points');
    expect(collection.mom).toBeCloseTo(now.collectionRate! - before.collectionRate!, 12);
    expect(block.kpis.find((k) => k.key === 'arrears')!.value).toBe(now.arrearsYuan);
  });

  it('compare with no month the data only partly holds (its first), which would show a false change', () => {
    const first = db.prepare('SELECT MIN(day) FROM agg_energy_daily').pluck().get() as number;
    expect(first % 100).toBeGreaterThan(1);
    const partial = formatMonth(Math.floor(first / 100));
    const next = formatMonth(addMonths(Math.floor(first / 100), 12));
    const block = reportContent(db, { ...spec([{ kind: 'kpis' }, { kind: 'chart', chart: 'consumption.byMonth' }]), period: { from: next, to: next } }).blocks;
    const kpis = block[0] as Extract<ReportBlock, { kind: 'kpis' }>;
    expect(overviewKpis(db, { from: partial, to: partial }).consumptionKwh).toBeGreaterThan(0);
    expect(kpis.kpis.find((k) => k.key === 'consumption')!.yoy).toBeNull();
    expect(kpis.notes).toContain('No data a year earlier: year-on-year changes are not shown.');
    expect((block[1] as ChartBlock).sentences[2]).toBe('The workspace does not reach back a year: no year-on-year change of consumption.');
  });

  it('say so when the workspace has no data for the period', () => {
    const block = reportContent(db, { ...spec([{ kind: 'kpis' }]), period: { from: '2019-01', to: '2019-01' } }).blocks[0] as Extract<ReportBlock, { kind: 'kpis' }>;
    expect(block.kpis).toEqual([]);
    expect(block.notes[0]).toMatch(/no consumption or bills for this period/);
  });
});

describe('consumption by month', () => {
  it('tables the month by category, summing to the Overview’s total, and says how it changed', () => {
    const block = chartBlock(spec([{ kind: 'chart', chart: 'consumption.byMonth' }]), 0);
    const total = overviewKpis(db, { from: month, to: month }).consumptionKwh;
    const rows = block.table!.rows;
    expect(rows.at(-1)![1]).toBeCloseTo(total, 6);
    expect(rows.slice(0, -1).reduce((sum, r) => sum + (r[1] as number), 0)).toBeCloseTo(total, 6);
    const before = overviewKpis(db, { from: '2025-04', to: '2025-04' }).consumptionKwh;
    const pct = Math.abs(total / before - 1) * 100;
    const way = total > before ? 'rose' : 'fell';
    expect(block.sentences[1]).toContain(`Consumption ${way} ${pct.toFixed(1)}% on the month`);
    // The chart: the twelve months to the report's, stacked by category as the Overview draws them.
    const trend = consumptionByMonth(db, { from: addMonths(202505, -11), to: 202505 });
    expect(block.chart!.categories).toEqual(trend.months);
    expect(block.chart!.series.map((s) => s.values)).toEqual(trend.series.map((s) => s.kwh));
  });

  it('writes its words in the report’s language', () => {
    const block = chartBlock(spec([{ kind: 'chart', chart: 'consumption.byMonth' }], 'zh-CN'), 0);
    expect(block.heading).toBe('分月分类别用电量');
    expect(block.sentences[1]).toMatch(/^用电量环比(增长|下降)/);
  });
});

describe('modules without results', () => {
  it('say what is missing and what to do, with no chart or table', () => {
    const content = reportContent(db, spec([{ kind: 'chart', chart: 'risk.grades' }, { kind: 'chart', chart: 'forecast.latest' }, { kind: 'chart', chart: 'theft.cases' }]));
    const [risk, forecast, cases] = content.blocks as ChartBlock[];
    expect(risk!.notes).toEqual([expect.stringContaining('No arrears risk model has been trained and scored yet: train one on the Risk page')]);
    expect(risk!.chart).toBeNull();
    expect(forecast!.notes[0]).toContain('Forecast page');
    expect(cases!.notes[0]).toContain('No theft cases yet');
  });

  it('a table section leaves the chart out', () => {
    const block = chartBlock(spec([{ kind: 'table', chart: 'arrears.byMonth' }]), 0);
    expect(block.chart).toBeNull();
    expect(block.table!.rows.length).toBeGreaterThan(0);
  });
});

describe('saved view section', () => {
  it('holds the view’s rows for the report’s period, and a chart when grouped by one dimension', () => {
    const view = saveView(db, { name: 'kWh by category', spec: { measures: ['consumption_kwh'], dimensions: ['category'], chart: 'bar' } }, 'tester');
    const block = chartBlock(spec([{ kind: 'view', viewId: view.viewId }]), 0);
    const direct = runQuerySpec(db, { measures: ['consumption_kwh'], dimensions: ['category'], period: { from: month, to: month } });
    expect(block.heading).toBe('kWh by category');
    expect(block.table!.rows.map((r) => r[1])).toEqual(direct.rows.map((r) => r[1]));
    expect(block.chart!.series[0]!.values).toEqual(direct.rows.map((r) => r[1]));
  });

  it('of a deleted view says so instead of failing the report', () => {
    const block = chartBlock(spec([{ kind: 'view', viewId: 9999 }]), 0);
    expect(block.notes[0]).toContain('Saved view 9999 no longer exists');
  });
});

describe('saved reports', () => {
  it('are saved, listed, replaced under who saved them, refused a taken name, and deleted', () => {
    const first = saveReport(db, { name: 'May', spec: spec([{ kind: 'kpis' }]) }, '张分析');
    expect(first).toMatchObject({ name: 'May', sections: 1, updatedBy: '张分析', language: 'en' });
    const second = saveReport(db, { name: 'June', spec: spec([]) }, '张分析');
    expect(() => saveReport(db, { name: 'May', spec: spec([]) }, 'x')).toThrow(expect.objectContaining({ code: 'reports.name_taken' }));
    const replaced = saveReport(db, { reportId: first.reportId, name: 'May (final)', spec: spec([{ kind: 'kpis' }, { kind: 'text', heading: 'H', body: 'B' }]) }, '李审计');
    expect(replaced).toMatchObject({ reportId: first.reportId, sections: 2, updatedBy: '李审计' });
    expect(listReports(db).map((r) => r.name).sort()).toEqual(['June', 'May (final)']);
    expect(deleteReport(db, second.reportId)).toBe(true);
    expect(() => getReport(db, second.reportId)).toThrow(expect.objectContaining({ code: 'reports.not_found' }));
  });
});
