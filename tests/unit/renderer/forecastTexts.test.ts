// The forecast page's words for the engine's codes: data checks built from code and details in
// both languages (never the engine's English), times, shifts and durations.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataCheck } from '../../../engine/api/forecastTypes.js';
import { checkKey, checkText, formatStamp, horizonText, signed } from '../../../renderer/pages/forecast/texts.js';
import { translations } from '../../helpers/translations.js';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => ({ 'zh-CN': zh, en } = await translations()));

const check = (code: DataCheck['code'], details: DataCheck['details']): DataCheck => ({ code, severity: 'warning', message: 'ENGLISH FROM THE ENGINE', details });

describe('data checks', () => {
  it('tell apart the findings one code reports, by their details', () => {
    expect(checkKey(check('short_history', { haveDays: 20, neededDays: 56, models: 'vanilla,recency' }))).toBe('short_history');
    expect(checkKey(check('short_history', { origins: 3, requested: 8, neededDays: 56 }))).toBe('short_history_origins');
    expect(checkKey(check('short_history', { origins: 0, requested: 8, neededDays: 56 }))).toBe('short_history_no_origins');
    expect(checkKey(check('fallback', { model: 'ml', neededDays: 120, historyDays: 60, temperature: true }))).toBe('fallback_history');
    expect(checkKey(check('fallback', { model: 'vanilla', neededDays: 56, historyDays: 90, temperature: false }))).toBe('fallback_temperature');
    expect(checkKey(check('fallback', { model: 'naive', neededDays: 14, historyDays: 30, temperature: true }))).toBe('fallback_naive');
    expect(checkKey(check('fallback', { model: 'ml', instead: 'auto' }))).toBe('fallback_instead');
    expect(checkKey(check('gaps', { steps: 5 }))).toBe('gaps');
  });

  it('are worded from their details in Chinese and English, models by name and durations in days', () => {
    const short = check('short_history', { haveDays: 20, neededDays: 56, models: 'vanilla,recency' });
    expect(checkText(zh, short, 'zh-CN')).toBe('该对象只有 20 天负荷历史，基准回归（Vanilla）和近期效应回归需要更多历史，未参与。有 56 天历史即可运行全部模型。');
    expect(checkText(en, short, 'en')).toBe('The scope has 20 days of load history; Vanilla regression and Recency regression need more and were left out. 56 days let every model run.');
    const gaps = check('gaps', { steps: 1234, share: 0.0312, gaps: 3, longestSteps: 60, longestHours: 60, longestStart: 10 });
    expect(checkText(en, gaps, 'en')).toContain('1,234 intervals (3.1%) had no load (gaps: 3, the longest 2.5 days)');
    expect(checkText(zh, gaps, 'zh-CN')).toContain('最长 2.5 天');
    expect(checkText(en, check('outliers', { steps: 1, share: 0.0001, first: 5 }), 'en')).toMatch(/^1 values \(<0\.1%\)/);
    expect(checkText(zh, check('fallback', { model: 'ml', instead: 'auto' }), 'zh-CN')).toBe('机器学习无法用于该序列，已改用自动（回测最优）。');
  });

  it("keep the engine's message for a code this build does not know", () => {
    const unknown = { code: 'something_new', message: 'Something new happened.', details: {} } as unknown as DataCheck;
    expect(checkText(zh, unknown, 'zh-CN')).toBe('Something new happened.');
  });
});

describe('times and amounts', () => {
  it('write a stamp with its weekday in either language', () => {
    expect(formatStamp('2024-04-01T15:00', 'en', true)).toBe('2024-04-01 15:00 Mon');
    expect(formatStamp('2024-04-07T00:15', 'zh-CN', true)).toBe('2024-04-07 00:15 周日');
  });

  it('give horizons in days when whole days from two on', () => {
    expect(horizonText(en, 24, 'en')).toBe('24 hours');
    expect(horizonText(en, 168, 'en')).toBe('7 days');
    expect(horizonText(zh, 336, 'zh-CN')).toBe('14 天');
    expect(horizonText(en, 1, 'en')).toBe('1 hour');
  });

  it('sign a temperature shift', () => {
    expect(signed(2, 'en')).toBe('+2.0');
    expect(signed(-1.5, 'zh-CN')).toBe('−1.5');
  });
});

describe('temperature checks', () => {
  it('name the station, the mean of all stations in words, and tell a file from the weather data', () => {
    const gaps = check('temperature_gaps', { station: 'mean', steps: 12, share: 0.004 });
    expect(checkText(zh, gaps, 'zh-CN')).toBe('历史中 12 个时段（0.4%）缺少 全部气象站平均 的气温，已用相邻日期同一时刻的平均值补齐。');
    expect(checkKey(check('no_future_temperature', { steps: 5, horizon: 24, file: true }))).toBe('no_future_temperature_file');
    expect(checkText(en, check('no_future_temperature', { station: '58362', steps: 5, horizon: 24, file: false }), 'en')).toBe(
      "5 of the horizon's 24 intervals have no temperature from 58362 (the forecast runs past the weather data): they take the mean of the same time over the last days observed.",
    );
    expect(checkText(en, check('no_temperature', { station: null }), 'en')).toMatch(/^No weather station observes/);
    expect(checkText(en, check('no_temperature', { station: 'S9' }), 'en')).toMatch(/^Station S9 has no temperature/);
  });
});
