// The Overview's cross-filters in the UI: which filters each chart is asked with, a second click
// taking a filter away, Enter on a chart's item standing in for a click, and the chart marking
// the item picked.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AreaConsumption } from '../../../engine/api/overviewTypes.js';
import { chartKeyAction } from '../../../renderer/pages/overview/charts/keyboard.js';
import { areasInChartOrder, consumptionByAreaOption, consumptionByMonthOption } from '../../../renderer/pages/overview/charts/options.js';
import { filtersFor, isEmpty, toggled } from '../../../renderer/pages/overview/filters/crossFilter.js';
import { translations } from '../../helpers/translations.js';

let en: TFunction;
beforeAll(async () => ({ en } = await translations()));

describe('cross-filters', () => {
  const all = { areaId: 'TQ1', month: '2025-07', category: 'commercial' as const };

  it('ask each chart with the filters but those of its own dimensions', () => {
    expect(filtersFor(all, ['month'])).toEqual({ areaId: 'TQ1', category: 'commercial' });
    expect(filtersFor(all, ['month', 'category'])).toEqual({ areaId: 'TQ1' });
    expect(all).toEqual({ areaId: 'TQ1', month: '2025-07', category: 'commercial' });
  });

  it('set a filter, replace it with another item, and take it away on a second click on the same one', () => {
    expect(toggled({}, 'month', '2025-07')).toEqual({ month: '2025-07' });
    expect(toggled({ month: '2025-07' }, 'month', '2025-08')).toEqual({ month: '2025-08' });
    expect(toggled({ month: '2025-07', areaId: '' }, 'month', '2025-07')).toEqual({ areaId: '' });
    expect(toggled(all, 'category', undefined)).toEqual({ areaId: 'TQ1', month: '2025-07' });
    expect(isEmpty({})).toBe(true);
    // The consumption of no area is an area like another.
    expect(isEmpty({ areaId: '' })).toBe(false);
  });

  it('are applied from the keyboard with Enter or Space on the item shown, and only then', () => {
    const state = { items: 5, item: 2, zoom: null };
    expect(chartKeyAction('Enter', state)).toEqual({ type: 'activate', item: 2 });
    expect(chartKeyAction(' ', state)).toEqual({ type: 'activate', item: 2 });
    expect(chartKeyAction('Enter', { ...state, item: null })).toBeNull();
  });
});

describe('the item picked in a chart', () => {
  const area = (areaId: string, kwh: number): AreaConsumption => ({ areaId, name: '', feederId: null, kwh, customers: 0, suppliedKwh: null, lossRate: null });

  it('is drawn in full and the others faint; with none picked every item is as it is', () => {
    const months = { months: ['2025-06', '2025-07'], series: [{ category: 'residential' as const, kwh: [10, 20] }] };
    const data = (month?: string) => (consumptionByMonthOption(months, { t: en, language: 'en' }, month).series as { data: unknown[] }[])[0]!.data;
    expect(data()).toEqual([10, 20]);
    expect(data('2025-07')).toEqual([{ value: 10, itemStyle: { opacity: 0.3 } }, 20]);
  });

  it("is the area of the bar clicked: the chart's item i is the i-th largest area", () => {
    const areas = [area('small', 1), area('large', 30), area('middle', 5)];
    expect(areasInChartOrder(areas).map((a) => a.areaId)).toEqual(['large', 'middle', 'small']);
    const bars = (consumptionByAreaOption(areas, { t: en, language: 'en' }, 'middle').series as { data: unknown[] }[])[0]!.data;
    expect(bars).toEqual([{ value: 30, itemStyle: { opacity: 0.3 } }, 5, { value: 1, itemStyle: { opacity: 0.3 } }]);
  });
});
