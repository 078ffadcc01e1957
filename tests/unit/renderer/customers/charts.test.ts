// The Customers page's chart options and input parsing: pure functions of the API's answers and the language.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SegmentCluster } from '../../../../engine/api/segmentsTypes.js';
import { centroidOption, intervalStart } from '../../../../renderer/pages/customers/charts/centroidOption.js';
import { dailyOption, loadShapeOption } from '../../../../renderer/pages/customers/charts/consumptionOption.js';
import { kCriterionOption } from '../../../../renderer/pages/customers/charts/kCriterionOption.js';
import { toggled } from '../../../../renderer/pages/customers/lists/ListFilters.js';
import { reasonText } from '../../../../renderer/pages/customers/lists/reasonText.js';
import { parseHours, scenarioOf, DEFAULT_PRICES } from '../../../../renderer/pages/customers/recommendations/prices.js';
import { translations } from '../../../helpers/translations.js';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => ({ 'zh-CN': zh, en } = await translations()));

type Series = { type: string; name: string; data: unknown[]; markLine?: { data: { xAxis: string }[] } };
type Axis = { data: string[]; name?: string };

const evening = Array.from({ length: 24 }, (_, h) => (h >= 18 && h < 22 ? 0.1 : 0.6 / 20));
const cluster = (n: number, name: SegmentCluster['name'], size: number): SegmentCluster => ({
  cluster: n, name, size, centroid: evening, peakHour: 19, peakToMean: 2.4, dayShare: 0.3, nightShare: 0.1, meanDistance: 0.02,
});

describe('cluster centroids', () => {
  it('draws one day curve per cluster named by its shape and size, hours on the axis, zoomable', () => {
    const option = centroidOption([cluster(0, 'evening_peak', 120), cluster(1, 'flat', 1)], { t: en, language: 'en' });
    const series = option.series as Series[];
    expect(series.map((s) => s.name)).toEqual(['0 Evening peak (120 customers)', '1 Flat round the clock (1 customer)']);
    expect(series[0]!.data).toEqual(evening);
    const x = (option.xAxis as Axis).data;
    expect([x.length, x[0], x[23]]).toEqual([24, '00:00', '23:00']);
    expect((option.dataZoom as unknown[]).length).toBe(2);
    expect((centroidOption([cluster(0, 'night_load', 5)], { t: zh, language: 'zh-CN' }).series as Series[])[0]!.name).toMatch(/^0 .+（5 户）$/);
  });

  it('names quarter-hour intervals too', () => {
    expect([intervalStart(1, 96), intervalStart(95, 96)]).toEqual(['00:15', '23:45']);
  });
});

describe('k criterion', () => {
  it('plots the silhouette per k in order and marks the chosen k', () => {
    const option = kCriterionOption([{ k: 3, silhouette: 0.52 }, { k: 2, silhouette: 0.41 }, { k: 4, silhouette: 0.47 }], 3, { t: en, language: 'en' });
    expect((option.xAxis as Axis).data).toEqual(['2', '3', '4']);
    const [line] = option.series as Series[];
    expect((line!.data as { value: number; symbolSize: number }[]).map((d) => [d.value, d.symbolSize])).toEqual([[0.41, 6], [0.52, 14], [0.47, 6]]);
    expect(line!.markLine!.data).toEqual([{ xAxis: '3' }]);
    expect((option.yAxis as { name: string }).name).toBe('Mean silhouette');
  });
});

describe('customer consumption', () => {
  it('draws daily kWh with zoom and the load shape per clock hour with units', () => {
    const daily = dailyOption([{ day: '2025-01-01', kwh: 10 }, { day: '2025-01-02', kwh: 12.5 }], { t: en, language: 'en' });
    expect(((daily.series as Series[])[0]!).data).toEqual([10, 12.5]);
    expect((daily.yAxis as Axis).name).toBe('kWh/day');
    expect((daily.dataZoom as unknown[]).length).toBe(2);
    const shape = loadShapeOption(evening, { t: zh, language: 'zh-CN' });
    expect((shape.yAxis as Axis).name).toBe('千瓦');
    expect((shape.tooltip as { valueFormatter(v: number): string }).valueFormatter(1.5)).toBe('1.50 千瓦');
  });
});

describe('recommendation scenario', () => {
  it('reads hour ranges and refuses what is not one', () => {
    expect(parseHours('8-11, 18-23')).toEqual([[8, 11], [18, 23]]);
    expect(parseHours('23-24，0-7')).toEqual([[23, 24], [0, 7]]);
    expect(parseHours('11-8')).toBeNull();
    expect(parseHours('morning')).toBeNull();
  });

  it('leaves prices to the tariff file when none is typed, else needs all three', () => {
    expect(scenarioOf(DEFAULT_PRICES)).toEqual({ shiftShare: 0.2 });
    expect(scenarioOf({ ...DEFAULT_PRICES, peak: '1.2' })).toBeNull();
    expect(scenarioOf({ ...DEFAULT_PRICES, peak: '1.2', flat: '0.6', valley: '0.3', shiftShare: '50' })).toEqual({
      prices: { peak: 1.2, flat: 0.6, valley: 0.3, peakHours: [[8, 11], [18, 23]], valleyHours: [[23, 24], [0, 7]] },
      shiftShare: 0.5,
    });
    expect(scenarioOf({ ...DEFAULT_PRICES, shiftShare: '120' })).toBeNull();
  });
});

describe('target lists', () => {
  it('toggles a filter value; an empty list is no filter', () => {
    expect(toggled(undefined, 'a')).toEqual(['a']);
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggled(['a'], 'a')).toBeUndefined();
  });

  it('says why a customer is on the list in words', () => {
    expect(reasonText(en, 'en', { code: 'tag', value: 'repeat_contact' })).toBe('Tag: Repeat contacts');
    expect(reasonText(en, 'en', { code: 'risk_grade', value: 'D' })).toBe('Arrears risk grade: Grade D');
    expect(reasonText(zh, 'zh-CN', { code: 'segment', value: 'evening_peak' })).toMatch(/：/);
  });
});
