// The Customer Service page's chart options and texts: pure functions of the API's answers and the language.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceTagEvidence, TrendRow } from '../../../../engine/api/serviceTypes.js';
import { heatmapCells, heatmapOption } from '../../../../renderer/pages/service/charts/heatmapOption.js';
import { overallRows, trendOption } from '../../../../renderer/pages/service/charts/trendOption.js';
import { seriesTypes, volumeOption } from '../../../../renderer/pages/service/charts/volumeOption.js';
import { parseWords } from '../../../../renderer/pages/service/text/RulesEditor.js';
import { evidenceLines, tagExplanation } from '../../../../renderer/pages/service/tags/evidence.js';
import { tagParams, DEFAULT_TAG_PARAMS } from '../../../../renderer/pages/service/tags/TagRunPanel.js';
import { translations } from '../../../helpers/translations.js';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => ({ 'zh-CN': zh, en } = await translations()));

type Series = { type: string; name: string; data: unknown[]; stack?: string; yAxisIndex?: number };
type Axis = { data: string[]; name?: string };

describe('contact heat map', () => {
  // Monday 09:00 has 5 tickets, Sunday 23:00 has 2; a short row is read as zeros.
  const counts = [[0, 0, 0, 0, 0, 0, 0, 0, 0, 5], [], [], [], [], [], Array.from({ length: 24 }, (_, h) => (h === 23 ? 2 : 0))];

  it('lays every weekday × hour out, Monday on top, missing cells as zero', () => {
    const cells = heatmapCells(counts);
    expect(cells).toHaveLength(7 * 24);
    expect(cells).toContainEqual([9, 6, 5]);
    expect(cells).toContainEqual([23, 0, 2]);
    expect(cells.filter((c) => c[2] > 0)).toHaveLength(2);
  });

  it('names the days in the language and scales the colours to the busiest hour', () => {
    const option = heatmapOption(counts, { t: en, language: 'en' });
    expect((option.yAxis as Axis).data).toEqual(['Sun', 'Sat', 'Fri', 'Thu', 'Wed', 'Tue', 'Mon']);
    expect((option.visualMap as { max: number }).max).toBe(5);
    const tip = (option.tooltip as { formatter(p: unknown): string }).formatter({ value: [9, 6, 5] });
    expect(tip).toBe('Mon 09:00–10:00: <b>5</b> tickets');
    const zhOption = heatmapOption(counts, { t: zh, language: 'zh-CN' });
    expect((zhOption.yAxis as Axis).data[6]).toBe('周一');
  });
});

describe('ticket volume', () => {
  const volume = {
    series: [
      { period: '2025-01', count: 5, byType: { complaint: 1, inquiry: 4 } },
      { period: '2025-02', count: 6, byType: { complaint: 5, repair: 1 } },
    ],
  };

  it('stacks one series per type, most tickets first, zero where a month has none', () => {
    expect(seriesTypes(volume)).toEqual(['complaint', 'inquiry', 'repair']);
    const option = volumeOption(volume, { t: en, language: 'en' });
    const series = option.series as Series[];
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['Complaint', [1, 5]],
      ['Inquiry', [4, 0]],
      ['Repair', [0, 1]],
    ]);
    expect(series.every((s) => s.stack === 'tickets')).toBe(true);
    expect((option.xAxis as Axis).data).toEqual(['2025-01', '2025-02']);
    expect((option.dataZoom as unknown[]).length).toBe(2);
    expect((volumeOption(volume, { t: zh, language: 'zh-CN' }).series as Series[])[0]!.name).toBe('投诉');
  });
});

describe('handling and satisfaction trend', () => {
  const row = (month: string, group: string, handlingMean: number | null, satisfactionMean: number | null): TrendRow => ({
    month, group, tickets: 10, handled: 8, handlingMean, handlingP90: handlingMean === null ? null : handlingMean * 2, rated: 5, satisfactionMean, lowSatisfactionShare: 0.2,
  });
  const rows = [row('2025-02', 'all', 12, 4.1), row('2025-01', 'all', 20, null), row('2025-01', 'complaint', 30, 2)];

  it('draws all tickets per month, oldest first: hours as bars, satisfaction on its own 1–5 axis', () => {
    expect(overallRows(rows).map((r) => r.month)).toEqual(['2025-01', '2025-02']);
    const option = trendOption(rows, { t: en, language: 'en' });
    const [hours, satisfaction] = option.series as Series[];
    expect([hours!.type, hours!.data]).toEqual(['bar', [20, 12]]);
    expect([satisfaction!.type, satisfaction!.yAxisIndex, satisfaction!.data]).toEqual(['line', 1, [null, 4.1]]);
    const tip = (option.tooltip as { formatter(p: unknown): string }).formatter([{ dataIndex: 0 }]);
    expect(tip).toContain('Mean handling time: <b>20.0 h</b>');
    expect(tip).toContain('Mean satisfaction: <b>—</b>');
    expect((trendOption(rows, { t: zh, language: 'zh-CN' }).tooltip as { formatter(p: unknown): string }).formatter([{ dataIndex: 1 }])).toContain('12.0 小时');
  });
});

describe('tag evidence', () => {
  const outage: ServiceTagEvidence = {
    tag: 'complaint_after_outage',
    days: 7,
    links: [{ ticketId: 'T9', customerId: 'C1', day: '2025-03-04', eventDay: '2025-03-02', meterId: 'M1', eventType: 'power_off', scope: 'area', daysAfter: 2 }],
  };

  it('explains a tag with its parameters and lists what lies behind it', () => {
    expect(tagExplanation(en, outage, 'en')).toBe('Complained within 7 days after an outage.');
    expect(evidenceLines(en, outage, 'en')).toEqual(['2025-03-04 ticket T9, 2 days after Power off on 2025-03-02 in the area (meter M1)']);
    const repeat: ServiceTagEvidence = { tag: 'repeat_contact', count: 3, days: 30, tickets: [{ ticketId: 'T1', day: '2025-01-02', type: 'complaint', channel: 'phone_95598' }] };
    expect(evidenceLines(zh, repeat, 'zh-CN')).toEqual(['2025-01-02 工单 T1：投诉，经95598 热线']);
  });
});

describe('inputs', () => {
  it('reads rule words separated by either comma width, 、 or spaces, once each', () => {
    expect(parseWords('停电，跳闸, 停电 电压低、 ')).toEqual(['停电', '跳闸', '电压低']);
  });

  it('takes the tagging thresholds only within the engine\'s bounds', () => {
    expect(tagParams(DEFAULT_TAG_PARAMS)).toEqual({ repeatCount: 3, repeatDays: 30, outageDays: 7, highBillFactor: 1.5, highBillDays: 45 });
    expect(tagParams({ ...DEFAULT_TAG_PARAMS, highBillFactor: '1' })).toBeNull();
    expect(tagParams({ ...DEFAULT_TAG_PARAMS, repeatCount: '2.5' })).toBeNull();
  });
});
