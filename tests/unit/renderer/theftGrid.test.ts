// The Areas and Events tabs' pure parts: the area loss chart's baseline and recent windows, the
// event chart's month-by-type grid, every area's latest month, and the risk reasons in both
// languages (figures filled, no codes left).
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AreaLossSeries, AreaRiskReason, EventCounts, RisingArea } from '../../../engine/api/gridTypes.js';
import { areaLossOption, windowSpan } from '../../../renderer/pages/theft/areas/areaLossOption.js';
import { latestLosses } from '../../../renderer/pages/theft/areas/LatestLossTable.js';
import { eventCountsOption, monthTypeGrid } from '../../../renderer/pages/theft/events/eventCountsOption.js';
import { eventTimeText, riskReasonText } from '../../../renderer/pages/theft/events/riskTexts.js';
import { translations } from '../../helpers/translations.js';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => ({ 'zh-CN': zh, en } = await translations()));

const point = (period: string, lossRate: number | null) => ({ period, suppliedKwh: 1000, consumedKwh: lossRate === null ? 0 : 1000 * (1 - lossRate), lossRate });
const months = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07'];
const series: AreaLossSeries = { areaId: 'TQ1', name: '东街1号台区', capacityKva: 400, points: months.map((m, i) => point(m, i < 4 ? 0.04 : 0.09)) };
const rising: RisingArea = {
  areaId: 'TQ1',
  name: '东街1号台区',
  feederId: 'F01',
  baselineRate: 0.04,
  recentRate: 0.09,
  risePoints: 5,
  robustZ: 10,
  // The baseline may start before the area's first month: the window starts where the area does.
  baselineMonths: ['2023-12', '2024-01', '2024-02', '2024-03', '2024-04'],
  recentMonths: ['2024-05', '2024-06', '2024-07'],
  suspects: null,
};

type Series = { name: string; data: (number | null)[]; markArea?: { data: [{ xAxis: number }, { xAxis: number }][] } };

describe('area loss chart', () => {
  it('marks the baseline and recent windows on the months the area has', () => {
    expect(windowSpan(months, rising.baselineMonths)).toEqual([0, 3]);
    expect(windowSpan(months, rising.recentMonths)).toEqual([4, 6]);
    expect(windowSpan(months, ['2022-01'])).toBeNull();
    const option = areaLossOption(series, rising, { t: en, language: 'en' });
    const [rate, baseline, recent] = option.series as Series[];
    expect(rate!.data).toEqual(series.points.map((p) => p.lossRate));
    expect(rate!.markArea!.data.map(([from, to]) => [from.xAxis, to.xAxis])).toEqual([
      [0, 3],
      [4, 6],
    ]);
    // Each median drawn over its own window only.
    expect(baseline!.data).toEqual([0.04, 0.04, 0.04, 0.04, null, null, null]);
    expect(recent!.data).toEqual([null, null, null, null, 0.09, 0.09, 0.09]);
    expect(baseline!.name).toBe('Baseline (median)');
  });

  it('has no windows for an area that is not rising, and its words in Chinese', () => {
    const option = areaLossOption(series, null, { t: zh, language: 'zh-CN' });
    const list = option.series as Series[];
    expect(list).toHaveLength(1);
    expect(list[0]!.markArea).toBeUndefined();
    expect(list[0]!.name).toBe('线损率');
  });
});

describe('latest month of every area', () => {
  it("takes the workspace's latest month and leaves out areas without it", () => {
    const stopped: AreaLossSeries = { areaId: 'TQ2', name: null, capacityKva: null, points: [point('2024-05', 0.02)] };
    const other: AreaLossSeries = { areaId: 'TQ3', name: null, capacityKva: null, points: [point('2024-06', 0.01), point('2024-07', null)] };
    const { month, rows } = latestLosses([stopped, series, other]);
    expect(month).toBe('2024-07');
    expect(rows.map((r) => [r.areaId, r.lossRate])).toEqual([
      ['TQ1', 0.09],
      ['TQ3', null],
    ]);
    expect(latestLosses([])).toEqual({ month: null, rows: [] });
  });
});

describe('event counts chart', () => {
  const counts: EventCounts = {
    byType: [
      { type: 'power_off', count: 3 },
      { type: 'cover_open', count: 5 },
    ],
    byArea: [{ areaId: 'TQ1', count: 8 }],
    byMonth: [
      { month: '2024-02', count: 2 },
      { month: '2024-01', count: 6 },
    ],
    byMonthType: [
      { month: '2024-01', type: 'cover_open', count: 4 },
      { month: '2024-01', type: 'power_off', count: 2 },
      { month: '2024-02', type: 'cover_open', count: 1 },
      { month: '2024-02', type: 'power_off', count: 1 },
    ],
  };

  it('lays each type (most frequent first) over the months in order, zero where none', () => {
    expect(monthTypeGrid(counts)).toEqual({
      months: ['2024-01', '2024-02'],
      types: [
        { type: 'cover_open', counts: [4, 1] },
        { type: 'power_off', counts: [2, 1] },
      ],
    });
    const sparse = { ...counts, byMonthType: counts.byMonthType.slice(0, 2) };
    expect(monthTypeGrid(sparse).types.map((s) => s.counts)).toEqual([
      [4, 0],
      [2, 0],
    ]);
  });

  it('stacks one bar series per type, named in words in both languages', () => {
    for (const [t, names] of [
      [en, ['Cover opened', 'Power off']],
      [zh, ['开表盖', '停电']],
    ] as const) {
      const list = eventCountsOption(counts, { t, language: t === en ? 'en' : 'zh-CN' }).series as (Series & { stack: string })[];
      expect(list.map((s) => s.name)).toEqual(names);
      expect(new Set(list.map((s) => s.stack)).size).toBe(1);
    }
  });
});

describe('area risk reasons', () => {
  const reasons: AreaRiskReason[] = [
    { code: 'frequent_outages', perYear: 12.5 },
    { code: 'voltage_loss', perYear: 3 },
    { code: 'heavy_loading', loading: 0.93, peakKw: 372, capacityKva: 400 },
  ];
  it('are sentences with their figures in both languages', () => {
    expect(reasons.map((r) => riskReasonText(en, r, 'en'))).toEqual([
      'Frequent outages: 12.5 outage hours a year',
      'Voltage losses: 3.0 a year',
      'Heavy loading: peak 372 kW is 93% of 400 kVA',
    ]);
    for (const r of reasons) {
      const text = riskReasonText(zh, r, 'zh-CN');
      expect(text).toMatch(/[\u4e00-\u9fff]/);
      expect(text).not.toMatch(/\{\{|_/);
    }
    expect(riskReasonText(zh, reasons[2]!, 'zh-CN')).toBe('负载重：高峰 372 kW，为容量 400 kVA 的 93%');
  });

  it('shows event times as date and minute', () => {
    expect(eventTimeText('2024-05-03T14:30')).toBe('2024-05-03 14:30');
    expect(eventTimeText(null)).toBe('—');
  });
});
