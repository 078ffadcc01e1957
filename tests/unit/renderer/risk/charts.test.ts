// The Risk page's chart options: pure functions of the API's answers and the language.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { calibrationOption } from '../../../../renderer/pages/risk/charts/calibrationOption.js';
import { expectedLossOption, trendRuns } from '../../../../renderer/pages/risk/charts/expectedLossOption.js';
import { gradesByOption, orderedRows } from '../../../../renderer/pages/risk/charts/gradesByOption.js';
import { liftOption } from '../../../../renderer/pages/risk/charts/liftOption.js';
import { bandLabels, scoreHistogramOption } from '../../../../renderer/pages/risk/charts/scoreHistogramOption.js';
import { scoreHistoryOption } from '../../../../renderer/pages/risk/charts/scoreHistoryOption.js';
import { stabilityOption, stabilityRows } from '../../../../renderer/pages/risk/charts/stabilityOption.js';
import { woeOption } from '../../../../renderer/pages/risk/charts/woeOption.js';
import { translations } from '../../../helpers/translations.js';
import { distributionRows, histogram, model, numericBinning, runs, stability } from './fixtures.js';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => ({ 'zh-CN': zh, en } = await translations()));

type Series = { type: string; name: string; data: unknown[]; stack?: string; yAxisIndex?: number; markLine?: { data: { xAxis: number }[] } };
type Axis = { data: string[]; name?: string; axisLabel?: { formatter(v: number): string } };
const tip = (option: { tooltip?: unknown }, dataIndex: number) => (option.tooltip as { formatter(p: unknown): string }).formatter([{ dataIndex }]);
const values = (data: unknown[]) => data.map((d) => (typeof d === 'object' && d !== null ? (d as { value: number }).value : d));

describe('score distribution', () => {
  it('labels each band of points and counts its customers, zoomable', () => {
    expect(bandLabels(histogram)).toEqual(['500–525', '525–550', '550–575']);
    const option = scoreHistogramOption(histogram, { t: en, language: 'en' });
    const [bars] = option.series as Series[];
    expect([bars!.type, bars!.data]).toEqual(['bar', [3, 10, 4]]);
    expect((option.dataZoom as unknown[]).length).toBe(2);
    expect(tip(option, 1)).toBe('Score 525–550<br/>Customers: <b>10</b>');
    expect(tip(scoreHistogramOption(histogram, { t: zh, language: 'zh-CN' }), 1)).toBe('评分 525–550<br/>客户数: <b>10</b>');
  });
});

describe('grades by dimension', () => {
  it('stacks A to E per key, largest key first, categories and unknown keys in words', () => {
    expect(orderedRows(distributionRows).map((r) => r.key)).toEqual(['residential', 'commercial', '']);
    const option = gradesByOption(distributionRows, 'category', { t: en, language: 'en' });
    const series = option.series as Series[];
    expect(series.map((s) => [s.name, s.stack])).toEqual(['A', 'B', 'C', 'D', 'E'].map((g) => [`Grade ${g}`, 'grades']));
    expect(series[0]!.data).toEqual([5, 1, 0]);
    expect(series[4]!.data).toEqual([1, 1, 1]);
    expect((option.xAxis as Axis).data).toEqual(['Residential', 'Commercial', 'Unknown']);
    expect(tip(option, 0)).toContain('Grade E: <b>1</b> (8.3%)');
    expect((option.dataZoom as { endValue: number }[]).map((z) => z.endValue)).toEqual([2, 2]);
    expect(tip(option, 0)).toContain('Mean score: <b>610</b>');
    const zhOption = gradesByOption(distributionRows, 'area', { t: zh, language: 'zh-CN' });
    expect((zhOption.xAxis as Axis).data).toEqual(['residential', 'commercial', '未知']);
    expect((zhOption.series as Series[])[0]!.name).toBe('A 级');
  });
});

describe('expected loss trend', () => {
  it('draws one point per as-of day, oldest first, the later run of a day rescored', () => {
    expect(trendRuns(runs).map((r) => r.runId)).toEqual([1, 2, 4]);
    const option = expectedLossOption(runs, { t: en, language: 'en' });
    const [loss, outstanding] = option.series as Series[];
    expect([loss!.name, loss!.data]).toEqual(['Expected loss', [900, 1100, 1500]]);
    expect([outstanding!.yAxisIndex, outstanding!.data]).toEqual([1, [3600, 4400, 6000]]);
    expect(tip(option, 2)).toBe('<b>Dec 31, 2025</b><br/>Expected loss: <b>¥1,500</b><br/>Outstanding: <b>¥6,000</b>');
    const zhTip = tip(expectedLossOption(runs, { t: zh, language: 'zh-CN' }), 2);
    expect(zhTip).toContain('预期损失: <b>1,500 元</b>');
    const [axis] = option.yAxis as Axis[];
    expect(axis!.axisLabel!.formatter(25_000)).toBe('¥25K');
  });
});

describe('a customer\'s score history', () => {
  it('colours each run\'s point by its grade and shows grade and probability', () => {
    const history = [
      { runId: 1, asOf: '2025-10-31', score: 620, grade: 'B' as const, probability: 0.04 },
      { runId: 2, asOf: '2025-11-30', score: 540, grade: 'D' as const, probability: 0.21 },
    ];
    const option = scoreHistoryOption(history, { t: en, language: 'en' });
    const [line] = option.series as Series[];
    expect(values(line!.data)).toEqual([620, 540]);
    expect((line!.data[1] as { itemStyle: { color: string } }).itemStyle.color).toBe('#d9822b');
    expect(tip(option, 1)).toBe('<b>Nov 30, 2025</b><br/>Score: <b>540</b><br/>Grade: <b>D</b><br/>Probability: <b>21.0%</b>');
  });
});

describe('scorecard bins', () => {
  it('draws WOE per bin (red where riskier) with the bad rate on its own axis', () => {
    const option = woeOption(numericBinning, { t: en, language: 'en' });
    const [woe, rate] = option.series as Series[];
    expect((option.xAxis as Axis).data).toEqual(['≤ 0', '(0, 15.5]', '> 15.5', 'Missing']);
    expect(values(woe!.data)).toEqual([0.9, -0.3, -1.8, 0]);
    expect((woe!.data[2] as { itemStyle: { color: string } }).itemStyle.color).toBe('#c2493d');
    expect([rate!.yAxisIndex, rate!.data]).toEqual([1, [0.02, 0.1, 0.4, null]]);
    expect(tip(option, 2)).toContain('Points: <b>-10</b>');
  });
});

describe('model comparison charts', () => {
  it('draws the lift by decile riskiest first against a random order', () => {
    const option = liftOption(model.validation.lift, { t: en, language: 'en' });
    const [bars, caught, random] = option.series as Series[];
    expect((option.xAxis as Axis).data).toEqual(['D1', 'D2']);
    expect(bars!.data).toEqual([0.5, 0.2]);
    expect(caught!.data).toEqual([0.5, 0.7]);
    expect(random!.data).toEqual([0.5, 1]);
    expect(tip(option, 0)).toContain('Lift: <b>5.00</b>');
    expect((liftOption(model.validation.lift, { t: zh, language: 'zh-CN' }).xAxis as Axis).data).toEqual(['第1组', '第2组']);
  });

  it('puts the observed bad rate of each grade beside the predicted one', () => {
    const option = calibrationOption(model.validation.calibration, { t: en, language: 'en' });
    const [observed, predicted] = option.series as Series[];
    expect([observed!.name, observed!.data]).toEqual(['Observed bad rate', [0.02, 0.45]]);
    expect([predicted!.name, predicted!.data]).toEqual(['Predicted bad rate', [0.025, 0.4]]);
  });
});

describe('stability', () => {
  it('puts the score on top, the most shifted features next, coloured by level, with the 0.1 and 0.25 lines', () => {
    expect(stabilityRows(stability).map((r) => r.name)).toEqual(['score', 'maxDaysLate12', 'channel']);
    const option = stabilityOption(stability, { t: en, language: 'en' });
    const [bars] = option.series as Series[];
    // Bottom-up: the score is the last category.
    expect((option.yAxis as Axis).data.at(-1)).toBe('Score');
    expect(values(bars!.data)).toEqual([0.12, 0.31, 0.05]);
    expect((bars!.data[1] as { itemStyle: { color: string } }).itemStyle.color).toBe('#c2493d');
    expect(bars!.markLine!.data.map((d) => d.xAxis)).toEqual([0.1, 0.25]);
    expect(tip(option, 1)).toContain('PSI: <b>0.310</b> · Shifted');
    expect(tip(stabilityOption(stability, { t: zh, language: 'zh-CN' }), 2)).toContain('PSI: <b>0.050</b> · 稳定');
  });
});
