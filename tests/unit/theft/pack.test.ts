// The evidence pack's pieces without a PDF: the charts' axes, ticks, marks and words in each
// language, the case's facts and reasons in the UI's words, and the choice of a CJK font.
import { describe, expect, it } from 'vitest';
import type { CaseDetail, CaseEvidence } from '../../../engine/api/casesTypes.js';
import { areaLossChart, consumptionChart, eventsTimeline, monthTicks } from '../../../engine/theft/pack/charts/evidenceCharts.js';
import { niceScale } from '../../../engine/theft/pack/charts/scale.js';
import type { PackContent } from '../../../engine/theft/pack/content.js';
import { findCjkFont } from '../../../engine/pdf/font.js';
import { caseFacts, suspicionLines } from '../../../engine/theft/pack/header.js';
import { historyText, packWords } from '../../../engine/theft/pack/words.js';

const zh = packWords('zh-CN');
const en = packWords('en');

/** 2025-01-01 .. 2025-03-31: 300 kWh a day, 100 from the change on 2025-02-10; peers 250-350. */
function evidence(overrides: Partial<CaseEvidence> = {}): CaseEvidence {
  const days = Array.from({ length: 90 }, (_, i) => {
    const day = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
    return { day, kwh: i === 5 ? null : day < '2025-02-10' ? 300 : 100, p25: 250, p50: 300, p75: 350 };
  });
  return {
    customerId: '3301000030',
    category: 'commercial',
    areaId: 'TQ00047',
    from: '2025-01-01',
    to: '2025-03-31',
    changeDay: '2025-02-10',
    peers: { basis: 'category_area', count: 12 },
    days,
    areaLossDaily: [],
    areaLossMonthly: [
      { period: '2025-01', suppliedKwh: 1000, consumedKwh: 970, lossRate: 0.03 },
      { period: '2025-02', suppliedKwh: 1000, consumedKwh: 820, lossRate: 0.18 },
      { period: '2025-03', suppliedKwh: 1000, consumedKwh: 800, lossRate: 0.2 },
    ],
    events: [
      { meterId: 'M1', type: 'cover_open', typeRaw: '开表盖', start: '2025-02-09T10:00', end: null },
      { meterId: 'M1', type: 'cover_open', typeRaw: '开表盖', start: '2025-03-01T10:00', end: null },
      { meterId: 'M1', type: 'voltage_loss', typeRaw: '失压', start: '2025-02-11T03:00', end: null },
      // Before the window: not on the charts.
      { meterId: 'M1', type: 'power_off', typeRaw: '停电', start: '2024-06-01T00:00', end: null },
    ],
    bills: [],
    ...overrides,
  };
}

describe('value axes', () => {
  it('run from zero in round steps past the largest value', () => {
    expect(niceScale([0, 1551.9, 2034])).toEqual({ min: 0, max: 2500, ticks: [0, 500, 1000, 1500, 2000, 2500] });
    expect(niceScale([0.03, 0.18, 0.2])).toEqual({ min: 0, max: 0.2, ticks: [0, 0.05, 0.1, 0.15, 0.2] });
    expect(niceScale([-0.08, 0.37]).ticks).toEqual([-0.1, 0, 0.1, 0.2, 0.3, 0.4]);
    expect(niceScale([null, null])).toEqual({ min: 0, max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
  });
});

describe('month ticks', () => {
  it('mark month starts, with the year on the first and on January, in each language', () => {
    const days = evidence().days.map((d) => d.day);
    expect(monthTicks(days, 'zh-CN')).toEqual([
      { at: 0, label: '2025年1月' },
      { at: 31, label: '2月' },
      { at: 59, label: '3月' },
    ]);
    expect(monthTicks(['2024-11', '2024-12', '2025-01'], 'en').map((t) => t.label)).toEqual(['Nov 2024', 'Dec', 'Jan 2025']);
    // A long axis keeps a tick every few months.
    const months = Array.from({ length: 36 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    expect(monthTicks(months, 'en').length).toBeLessThanOrEqual(13);
  });
});

describe('the consumption chart', () => {
  it('draws consumption, the peer band and median, events on the line and the change day, with its unit per language', () => {
    const chart = consumptionChart(evidence(), zh);
    expect(chart.title).toBe('日电量与同类用户对比');
    expect(chart.y.title).toBe('kWh/日');
    expect(chart.y.ticks.map((t) => t.label)).toEqual(['0', '100', '200', '300', '400']);
    expect(chart.series.map((s) => [s.kind, s.label])).toEqual([
      ['band', '同类 P25–P75'],
      ['line', '同类中位数'],
      ['line', '用电量'],
      ['marks', '电能表事件'],
    ]);
    const consumption = chart.series[2]!;
    expect(consumption.kind === 'line' && consumption.values[5]).toBeNull();
    // An event sits on the day's consumption: 300 before the change, 100 after.
    expect(chart.series[3]).toMatchObject({ points: [{ index: 39, value: 300 }, { index: 41, value: 100 }, { index: 59, value: 100 }] });
    expect(chart.markers).toEqual([{ index: 40, label: '突变 2025年2月10日', color: expect.any(String) }]);
    expect(chart.empty).toBeNull();
    const english = consumptionChart(evidence(), en);
    expect(english.y.title).toBe('kWh/day');
    expect(english.markers[0]!.label).toBe('Change Feb 10, 2025');
  });

  it('leaves the band out without peers, and says so when there is no consumption at all', () => {
    const alone = evidence({ days: evidence().days.map((d) => ({ ...d, p25: null, p50: null, p75: null })), events: [] });
    expect(consumptionChart(alone, en).series.map((s) => s.kind)).toEqual(['line']);
    const none = evidence({ days: evidence().days.map((d) => ({ ...d, kwh: null })) });
    expect(consumptionChart(none, en).empty).toBe('No consumption recorded for this customer.');
  });
});

describe("the area's loss chart", () => {
  it('is the monthly loss rate in percent with the change month marked', () => {
    const chart = areaLossChart(evidence(), zh);
    expect(chart.title).toBe('台区 TQ00047 月度线损率');
    expect(chart.y.title).toBe('线损率（%）');
    expect(chart.y.ticks.map((t) => t.label)).toEqual(['0%', '5%', '10%', '15%', '20%']);
    expect(chart.markers.map((m) => m.index)).toEqual([1]);
    expect(areaLossChart(evidence({ areaLossMonthly: [] }), en).empty).toBe("No supply figures for the customer's transformer area.");
  });
});

describe('the events timeline', () => {
  it('has a row per event type in words with its count, on the days of the window', () => {
    const chart = eventsTimeline(evidence(), zh);
    expect(chart.rows).toEqual([
      { label: '开表盖 (2)', indices: [39, 59] },
      { label: '失压 (1)', indices: [41] },
    ]);
    expect(eventsTimeline(evidence({ events: [] }), en).empty).toBe('No meter events in this period.');
  });
});

const detail: CaseDetail = {
  caseId: 7,
  customerId: '3301000030',
  customerName: '示范永盛餐饮管理有限公司',
  areaId: 'TQ00047',
  category: 'commercial',
  status: 'inspecting',
  assignee: '王检查',
  dueDay: '2026-01-15',
  inspectionDay: null,
  openedAt: '2025-12-01T02:00:00.000Z',
  openedBy: '李审计',
  updatedAt: '2025-12-02T02:00:00.000Z',
  closedAt: null,
  runId: 3,
  score: 0.912,
  reasons: ['own_drop', 'meter_events', 'not_an_indicator'],
  backKwh: null,
  backYuan: null,
  findings: null,
  changeDay: '2025-02-10',
  estimate: null,
  rulesEstimate: null,
  adjustment: null,
  history: [],
  notes: [],
  files: [],
};
const ownDrop = { code: 'own_drop', weight: 0.6, message: 'Consumption fell 67%.', details: { changeDay: '2025-02-10', dropPercent: 67, beforeKwhDay: 300, afterKwhDay: 100 } };
const content: PackContent = { detail, evidence: evidence(), findings: [ownDrop], isDemo: true, generatedAt: '2025-12-03T02:00:00.000Z' };

describe("the case's facts and reasons", () => {
  it('name the case in the chosen language, the customer masked', () => {
    const facts = new Map(caseFacts(content, zh));
    expect(facts.get('工单')).toBe('工单 7');
    expect(facts.get('户名')).toBe('示**********司');
    expect(facts.get('用电类别')).toBe('一般工商业');
    expect(facts.get('状态')).toBe('稽查中');
    expect(facts.get('截止日期')).toBe('2026年1月15日');
    expect(new Map(caseFacts(content, en)).get('Status')).toBe('Inspecting');
  });

  it("give the score and each reason in the UI's words, what the run found where it is at hand, an unknown code as it is", () => {
    const zhLines = suspicionLines(content, zh);
    expect(zhLines.score).toBe('评分 0.91（批次 3）');
    expect(zhLines.reasons.map((r) => r.label)).toEqual(['电量较自身历史下降', '电能表事件', 'not_an_indicator']);
    expect(zhLines.reasons[0]!.hint).toBe('2025年2月10日起电量下降67%，由 300 降至 100 kWh/日。');
    // No figures from the run for this one: what the indicator looks for.
    expect(zhLines.reasons[1]!.hint).toContain('开');
    expect(suspicionLines({ ...content, findings: [] }, en).reasons[0]).toEqual({ label: 'Drop against own history', hint: "Looks for a lasting fall in consumption against the customer's own earlier weeks." });
    expect(suspicionLines({ ...content, detail: { ...detail, score: null, runId: null } }, en).score).toBe('by hand');
  });

  it('write history entries as the case page does', () => {
    expect(historyText(zh, { action: 'status', detail: { from: 'to_inspect', to: 'inspecting' } })).toBe('待稽查 → 稽查中');
    expect(historyText(en, { action: 'status', detail: { from: 'cleared', to: 'inspecting', reason: 'new evidence' } })).toBe('Cleared → Inspecting: new evidence');
    expect(historyText(zh, { action: 'estimate', detail: { from: { kwh: 100, yuan: 80 }, to: { kwh: 50, yuan: 40 }, adjusted: true, reason: '现场核定' } })).toBe(
      '100 kWh · 80.00 元 → 50 kWh · 40.00 元：现场核定',
    );
  });
});

describe('the CJK font', () => {
  const only = (...files: string[]) => (file: string) => files.includes(file);

  it("is the first the system has, with its bold where there is one, else the regular face for headings", () => {
    const noto = findCjkFont('linux', only('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'));
    expect(noto).toEqual({
      regular: { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', postscriptName: 'NotoSansCJKsc-Regular' },
      bold: { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', postscriptName: 'NotoSansCJKsc-Bold' },
    });
    const wqy = findCjkFont('linux', only('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'));
    expect(wqy.bold).toEqual(wqy.regular);
    expect(findCjkFont('win32', only('C:\\Windows\\Fonts\\simhei.ttf')).regular).toEqual({ path: 'C:\\Windows\\Fonts\\simhei.ttf' });
  });

  it('is asked for by name when the system has none', () => {
    expect(() => findCjkFont('linux', () => false)).toThrow(expect.objectContaining({ code: 'pdf.no_font', details: expect.objectContaining({ install: expect.stringContaining('fonts-noto-cjk') }) }));
    expect(() => findCjkFont('darwin', () => false)).toThrow(expect.objectContaining({ details: expect.objectContaining({ install: expect.stringContaining('PingFang') }) }));
  });
});
