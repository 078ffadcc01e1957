// Numbers, money and dates as each language writes them.
import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatChange,
  formatCompact,
  formatDay,
  formatDayShort,
  formatDuration,
  formatKwh,
  formatMonth,
  formatPercent,
  formatYuan,
  kwhQuantity,
  yuanQuantity,
} from '../../../renderer/i18n/format.js';

describe('formatting per language', () => {
  it('counts large amounts in 万 and 亿 in Chinese, K and M in English', () => {
    expect(formatCompact(123_456, 'zh-CN')).toBe('12.35万');
    expect(formatCompact(456_700_000, 'zh-CN')).toBe('4.567亿');
    expect(formatCompact(123_456, 'en')).toBe('123.5K');
    expect(formatCompact(9_876, 'en')).toBe('9,876');
  });

  it('puts units where each language does', () => {
    expect(formatKwh(25_000, 'zh-CN')).toBe('2.5万 kWh');
    expect(formatYuan(25_000, 'zh-CN')).toBe('2.5万 元');
    expect(formatYuan(25_000, 'en')).toBe('¥25K');
  });

  it('gives the amount and its unit apart, for a layout that sets the unit smaller', () => {
    expect(kwhQuantity(5_194_000, 'zh-CN')).toEqual({ value: '519.4万', unit: 'kWh' });
    expect(yuanQuantity(2_289_000, 'zh-CN')).toEqual({ value: '228.9万', unit: '元' });
    expect(yuanQuantity(2_289_000, 'en')).toEqual({ value: '¥2.289M' });
    expect(kwhQuantity(null, 'en')).toEqual({ value: '—' });
  });

  it('writes a day short where there is little room, the same in both languages', () => {
    expect(formatDayShort('2025-12-31')).toBe('2025-12-31');
    expect(formatDayShort('2025-12-31T00:00:00Z')).toBe('2025-12-31');
    expect(formatDayShort(null)).toBe('—');
  });

  it('shows what is unknown as a dash, not as 0 or NaN', () => {
    expect(formatKwh(null, 'en')).toBe('—');
    expect(formatPercent(Number.NaN, 'en')).toBe('—');
    expect(formatDay(null, 'zh-CN')).toBe('—');
  });

  it('writes shares and changes as percentages', () => {
    expect(formatPercent(0.0315, 'en')).toBe('3.2%');
    expect(formatChange(0.042, 'en')).toBe('+4.2%');
    expect(formatChange(-0.1, 'zh-CN')).toBe('-10.0%');
  });

  it('writes calendar dates without shifting them by the time zone', () => {
    expect(formatDay('2024-03-01', 'zh-CN')).toBe('2024年3月1日');
    expect(formatDay('2024-03-01', 'en')).toBe('Mar 1, 2024');
    expect(formatMonth('2024-12', 'zh-CN')).toBe('2024年12月');
    expect(formatMonth('2024-12', 'en')).toBe('Dec 2024');
  });

  it('writes durations and sizes', () => {
    expect(formatDuration(200, 'zh-CN')).toBe('3分20秒');
    expect(formatDuration(3_900, 'en')).toBe('1 h 5 min');
    expect(formatDuration(45, 'en')).toBe('45 s');
    expect(formatBytes(1_536, 'en')).toBe('1.5 KB');
    expect(formatBytes(3 * 1024 ** 3, 'en')).toBe('3 GB');
  });
});
