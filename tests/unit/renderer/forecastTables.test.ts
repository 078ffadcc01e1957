// The forecast page's tables: metrics sorted best first by what best means for each column,
// the holiday table edited a day at a time, and a run's place in the URL.
import { describe, expect, it } from 'vitest';
import type { ModelMetrics } from '../../../engine/api/forecastTypes.js';
import { addEntry, entriesOfYear, removeEntry, yearsOf } from '../../../renderer/pages/forecast/calendar/entries.js';
import { sortMetrics } from '../../../renderer/pages/forecast/result/metricsSort.js';
import { parseRunDetail, runDetail } from '../../../renderer/pages/forecast/runRoute.js';
import { exportFileName } from '../../../renderer/pages/forecast/exportName.js';

const metrics = (model: ModelMetrics['model'], mape: number | null, bias: number, coverage: number | null): ModelMetrics => ({
  model,
  mape,
  wape: mape,
  rmse: 1,
  bias,
  pinball: 1,
  coverage,
  byHour: [],
  byDayType: {},
  origins: 8,
});

describe('the metrics table', () => {
  const rows = [metrics('naive', 9, -30, 0.55), metrics('vanilla', 5, 12, 0.93), metrics('ml', null, -3, 0.78), metrics('ensemble', 4, 20, null)];
  const order = (column: Parameters<typeof sortMetrics>[1], worst = false) => sortMetrics(rows, column, worst).map((m) => m.model);

  it('sorts errors smallest first, missing values last either way', () => {
    expect(order('mape')).toEqual(['ensemble', 'vanilla', 'naive', 'ml']);
    expect(order('mape', true)).toEqual(['naive', 'vanilla', 'ensemble', 'ml']);
  });

  it('sorts the bias by its distance from zero and the coverage by its distance from 80%', () => {
    expect(order('bias')).toEqual(['ml', 'vanilla', 'ensemble', 'naive']);
    expect(order('coverage')).toEqual(['ml', 'vanilla', 'naive', 'ensemble']);
  });
});

describe('the holiday table', () => {
  const table = [
    { day: '2024-02-10', type: 'holiday' as const, festival: '春节' },
    { day: '2024-02-04', type: 'workday' as const, festival: '春节' },
    { day: '2025-01-01', type: 'holiday' as const, festival: '元旦' },
  ];

  it('keeps one entry a day, in day order', () => {
    const added = addEntry(table, { day: '2024-02-04', type: 'holiday', festival: '' });
    expect(added.filter((e) => e.day === '2024-02-04')).toEqual([{ day: '2024-02-04', type: 'holiday', festival: '' }]);
    expect(addEntry(table, { day: '2024-10-01', type: 'holiday', festival: '国庆节' }).map((e) => e.day)).toEqual(['2024-02-04', '2024-02-10', '2024-10-01', '2025-01-01']);
    expect(removeEntry(table, '2024-02-10').map((e) => e.day)).toEqual(['2024-02-04', '2025-01-01']);
  });

  it('is shown by year', () => {
    expect(yearsOf(table)).toEqual(['2024', '2025']);
    expect(entriesOfYear(table, '2024').map((e) => e.day)).toEqual(['2024-02-10', '2024-02-04']);
  });
});

describe('a run in the URL', () => {
  it('names the run and the one compared with it, and ignores anything else', () => {
    expect(parseRunDetail('12~15')).toEqual({ runId: 12, compareId: 15 });
    expect(parseRunDetail('12')).toEqual({ runId: 12, compareId: null });
    expect(parseRunDetail('x~15')).toEqual({ runId: null, compareId: null });
    expect(parseRunDetail(null)).toEqual({ runId: null, compareId: null });
    expect(runDetail({ runId: 12, compareId: 15 })).toBe('12~15');
  });
});

describe('an export file name', () => {
  it('keeps the run name, Chinese included, without what a file system refuses', () => {
    expect(exportFileName('东区1号台区 2024/04/01: +2 °C', 'csv')).toBe('东区1号台区 2024_04_01_ +2 °C.csv');
    expect(exportFileName('  ', 'xlsx')).toBe('forecast.xlsx');
  });
});
