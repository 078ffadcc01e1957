// The forecast page's charts as pure functions of a run: one time axis for history and forecast,
// the band, overrides and a compared run in place, and the load response of a scenario.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorHeatmapOption, forecastOption } from '../../../renderer/pages/forecast/charts/options.js';
import { runAxis, scenarioResponse } from '../../../renderer/pages/forecast/charts/series.js';
import { nextInterval, stampsFrom } from '../../../renderer/pages/forecast/stamps.js';
import { translations } from '../../helpers/translations.js';
import { point, run } from './forecastFixtures.js';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => ({ 'zh-CN': zh, en } = await translations()));

describe('the time axis', () => {
  it('lays the history before the forecast and puts each value at its time', () => {
    const base = run();
    base.points[1] = point('2024-04-01T01:00', 110, { override: { value: 150, reason: '检修', at: '2024-04-01T09:00', modelValue: 110 } });
    const axis = runAxis(base);
    expect(axis.stamps).toEqual(['2024-03-31T22:00', '2024-03-31T23:00', '2024-04-01T00:00', '2024-04-01T01:00', '2024-04-01T02:00']);
    expect(axis.start).toBe(2);
    expect(axis.actual).toEqual([90, null, 98, null, null]);
    expect(axis.forecast).toEqual([null, null, 100, 110, 120]);
    expect(axis.overrides).toEqual([null, null, null, 150, null]);
    expect(axis.models.map((m) => m.model)).toEqual(['naive', 'vanilla']);
  });

  it('places a compared run by timestamp, leaving blank where it has no value', () => {
    const other = run({ runId: 2, points: [point('2024-04-01T01:00', 200), point('2024-04-01T05:00', 300)] });
    expect(runAxis(run(), other).compared).toEqual([null, null, null, 200, null]);
  });

  it('steps local times without any zone shift, also across a month', () => {
    expect(stampsFrom('2024-02-29T23:30', 3, '15min')).toEqual(['2024-02-29T23:30', '2024-02-29T23:45', '2024-03-01T00:00']);
    expect(nextInterval('2024-03-31T23:45', 'hour')).toBe('2024-04-01T00:00');
    expect(nextInterval('2024-03-31T23:45', 'day')).toBe('2024-04-01T00:00');
    expect(nextInterval('2024-03-31T10:15', '15min')).toBe('2024-03-31T10:30');
  });
});

describe('the forecast chart', () => {
  it('names its series in the language, keeps model lines off until chosen, marks overrides', () => {
    const base = run();
    base.points[0] = point('2024-04-01T00:00', 100, { override: { value: 90, reason: 'x', at: '', modelValue: 100 } });
    const names = (t: TFunction, language: 'zh-CN' | 'en') => {
      const option = forecastOption(base, null, { t, language });
      return { series: (option.series as { name: string }[]).map((s) => s.name), selected: (option.legend as { selected: Record<string, boolean> }).selected };
    };
    const zhNames = names(zh, 'zh-CN');
    expect(zhNames.series).toEqual(['实际负荷', 'P10–P90 区间', 'P10–P90 区间', '预测', '同类日（季节朴素）', '基准回归（Vanilla）', '人工修正']);
    expect(zhNames.selected).toEqual({ '同类日（季节朴素）': false, '基准回归（Vanilla）': false });
    expect(names(en, 'en').series[0]).toBe('Actual load');
  });

  it('shows values with their unit in the tooltip, the band as P10 to P90', () => {
    const option = forecastOption(run(), null, { t: en, language: 'en' });
    const tooltip = option.tooltip as { formatter: (params: unknown) => string };
    const text = tooltip.formatter([{ dataIndex: 2 }]);
    expect(text).toContain('2024-04-01 00:00 Mon');
    expect(text).toContain('Actual load: <b>98.0 kW</b>');
    expect(text).toContain('Forecast: <b>100 kW</b>');
    expect(text).toContain('P10–P90 band: <b>90.0 kW – 110 kW</b>');
    const daily = forecastOption(run({ resolution: 'day', unit: 'kWh' }), null, { t: zh, language: 'zh-CN' });
    expect((daily.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 2 }])).toContain('100 千瓦时/日');
  });
});

describe('the error heat map', () => {
  it('has a cell per weekday and hour, Monday first, blanks where no error is known', () => {
    const heat = Array.from({ length: 7 }, (_, w) => Array.from({ length: 24 }, (_, h) => (w === 6 && h === 23 ? null : w + h / 100)));
    const option = errorHeatmapOption(run({ errorHeatmap: heat }), { t: zh, language: 'zh-CN' });
    const data = (option.series as { data: [number, number, number | string][] }[])[0]!.data;
    expect(data).toHaveLength(168);
    expect(data[0]).toEqual([0, 0, 0]);
    expect(data[167]).toEqual([23, 6, '-']);
    expect((option.yAxis as { data: string[] }).data[0]).toBe('周一');
  });
});

describe('a scenario against its base', () => {
  it('gives the peaks, the energy change in kWh and the mean temperature change', () => {
    const base = run({ resolution: '15min' });
    const warmer = run({
      runId: 2,
      resolution: '15min',
      points: base.points.map((p, i) => ({ ...p, forecast: p.forecast + (i === 2 ? 20 : 4), temperature: 22 })),
    });
    const response = scenarioResponse(base, warmer);
    expect(response.basePeak).toBe(120);
    expect(response.scenarioPeak).toBe(140);
    // (4 + 4 + 20) kW over three quarter hours: 7 kWh; the base held 330 kW × 0.25 h.
    expect(response.energyChange).toBeCloseTo(7);
    expect(response.baseEnergy).toBeCloseTo(82.5);
    expect(response.temperatureChange).toBeCloseTo(2);
    expect(response.difference).toEqual([4, 4, 20]);
  });

  it("compares the models' values: an analyst's override of the base is no temperature response", () => {
    const base = run();
    base.points[0] = point('2024-04-01T00:00', 500, { override: { value: 500, reason: 'test', at: '', modelValue: 100 } });
    const same = run({ runId: 2 });
    const response = scenarioResponse(base, same);
    expect(response.difference).toEqual([0, 0, 0]);
    expect(response.basePeak).toBe(120);
  });
});
