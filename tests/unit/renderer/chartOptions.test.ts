// The overview's chart options, as pure functions of the engine's figures and the language.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AreaConsumption } from '../../../engine/api/overviewTypes.js';
import { consumptionByAreaOption, consumptionByMonthOption } from '../../../renderer/pages/overview/charts/options.js';
import { translations } from '../../helpers/translations.js';

let zh: TFunction;
let en: TFunction;

beforeAll(async () => ({ 'zh-CN': zh, en } = await translations()));

const area = (areaId: string, name: string, kwh: number): AreaConsumption => ({ areaId, name, feederId: null, kwh, customers: 0, suppliedKwh: null, lossRate: null });

describe('consumption by transformer area', () => {
  it('names the consumption of meters with no area instead of leaving its bar unlabelled', () => {
    // As engine/overview/charts.ts returns them: unmatched meters sum under area_id '' with no name.
    const areas = [area('TQ0013', '东区13号台区', 5_000), area('', '', 21_240_000), area('TQ0099', '', 100)];
    const labels = (t: TFunction, language: 'zh-CN' | 'en') =>
      (consumptionByAreaOption(areas, { t, language }).xAxis as { data: string[] }).data;
    expect(labels(zh, 'zh-CN')).toEqual(['未归属台区', '东区13号台区', 'TQ0099']);
    expect(labels(en, 'en')).toEqual(['No transformer area', '东区13号台区', 'TQ0099']);
  });
});

describe('consumption by month and category', () => {
  it("names the 'other' series as also holding the meters the archive lacks", () => {
    const data = {
      months: ['2024-03'],
      series: [
        { category: 'residential' as const, kwh: [30_500] },
        { category: 'other' as const, kwh: [21_240_000] },
      ],
    };
    const names = (t: TFunction, language: 'zh-CN' | 'en') =>
      (consumptionByMonthOption(data, { t, language }).series as { name: string }[]).map((s) => s.name);
    expect(names(zh, 'zh-CN')).toEqual(['居民生活', '其他/未匹配']);
    expect(names(en, 'en')).toEqual(['Residential', 'Other / unmatched']);
  });
});
