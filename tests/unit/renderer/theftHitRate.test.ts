// The Cases tab's hit-rate chart: inspected and confirmed leads as bars by month, the hit rate
// as a line on a second 0-100 % axis, the month's figures in the tooltip, words in both languages.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HitRate } from '../../../engine/api/casesTypes.js';
import { hitRateOption } from '../../../renderer/pages/theft/cases/hitRateOption.js';
import { translations } from '../../helpers/translations.js';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => ({ 'zh-CN': zh, en } = await translations()));

const hit: HitRate = {
  overall: { inspected: 5, confirmed: 3, rate: 0.6 },
  byMonth: [
    { month: '2025-10', inspected: 2, confirmed: 0, rate: 0 },
    { month: '2025-11', inspected: 3, confirmed: 3, rate: 1 },
  ],
  byReason: [{ reason: 'own_drop', inspected: 5, confirmed: 3, rate: 0.6 }],
};

type Series = { type: string; name: string; data: (number | null)[]; yAxisIndex?: number };
type Axis = { min?: number; max?: number; axisLabel: { formatter(v: number): string } };

describe('hit rate chart', () => {
  it('draws inspected and confirmed leads by month with the hit rate on its own axis', () => {
    const option = hitRateOption(hit, { t: en, language: 'en' });
    const [inspected, confirmed, rate] = option.series as Series[];
    expect([inspected!.type, inspected!.name, inspected!.data]).toEqual(['bar', 'Inspected', [2, 3]]);
    expect([confirmed!.type, confirmed!.name, confirmed!.data]).toEqual(['bar', 'Confirmed', [0, 3]]);
    expect([rate!.type, rate!.name, rate!.data, rate!.yAxisIndex]).toEqual(['line', 'Hit rate', [0, 1], 1]);
    const [, rateAxis] = option.yAxis as Axis[];
    expect([rateAxis!.min, rateAxis!.max, rateAxis!.axisLabel.formatter(0.5)]).toEqual([0, 1, '50%']);
    const tooltip = (option.tooltip as { formatter(p: unknown): string }).formatter([{ dataIndex: 1 }]);
    expect(tooltip).toContain('Inspected: <b>3</b>');
    expect(tooltip).toContain('Hit rate: <b>100.0%</b>');
  });

  it('reads in Chinese', () => {
    const option = hitRateOption(hit, { t: zh, language: 'zh-CN' });
    expect((option.series as Series[]).map((s) => s.name)).toEqual(['已稽查', '已确认', '命中率']);
    expect((option.xAxis as { data: string[] }).data).toHaveLength(2);
  });
});
