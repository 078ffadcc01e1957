// The Theft page's words for the engine's codes: every indicator's reasons built from code and
// details in both languages (never the engine's English), case statuses and the flow the page
// offers against the engine's rule, history entries, and the evidence chart's axis.
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseStatuses, type CaseEvidence } from '../../../engine/api/casesTypes.js';
import type { TheftReason } from '../../../engine/api/theftTypes.js';
import { canMove, isReopening as engineReopening } from '../../../engine/theft/cases/status.js';
import { isReopening, nextStatuses } from '../../../renderer/pages/theft/cases/caseFlow.js';
import { evidenceAxis } from '../../../renderer/pages/theft/evidence/evidenceOption.js';
import { codeKey, eventListText, historyText, indicatorLabel, INDICATOR_CODES, peerGroupText, reasonKey, reasonText } from '../../../renderer/pages/theft/texts.js';
import { translations } from '../../helpers/translations.js';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => ({ 'zh-CN': zh, en } = await translations()));

const ENGINE = 'ENGLISH FROM THE ENGINE';
const reason = (code: string, details: TheftReason['details']): TheftReason => ({ code, weight: 0.3, message: ENGINE, details });

/** Each indicator's details as engine/theft/indicators/*.ts report a finding. */
const findings: TheftReason[] = [
  reason('own_drop', { changeDay: '2025-03-02', recoveredDay: null, beforeKwhDay: 53.6, afterKwhDay: 21.2, dropPercent: 60, t: 8.1 }),
  reason('own_drop', { changeDay: '2025-03-02', recoveredDay: '2025-06-01', beforeKwhDay: 53.6, afterKwhDay: 21.2, dropPercent: 60, t: 8.1 }),
  reason('peer_drop', { changeDay: '2025-03-02', shareBeforePercent: 77, shareAfterPercent: 35, peers: 'category=commercial, industry=F52, area=TQ1', peerCount: 13, t: 5 }),
  reason('near_zero', { zeroDays: 12, knownDays: 28, usualKwhDay: 8.25, thresholdKwh: 0.4 }),
  reason('below_capacity', { kwhDay: 3.5, expectedKwhDay: 120.5, contractKva: 50, usePercent: 3 }),
  reason('flat_load', { changeDay: '2025-03-02', flatnessBefore: 0.46, flatnessAfter: 0.57, t: 4 }),
  reason('shape_change', { changeDay: '2025-03-02', correlationBefore: 0.99, correlationAfter: -0.08, t: 4 }),
  reason('reversed_day', { changeDay: '2025-03-02', gapBefore: -0.5, gapAfter: 0.4, t: 4 }),
  reason('zero_window', { changeDay: '2025-03-02', zeroHoursBefore: 0, zeroHoursAfter: 6.5, t: 4 }),
  reason('meter_events', { nearChange: 'cover_open x2, voltage_loss x1', elsewhere: '', weight: 1.2 }),
  reason('meter_events', { nearChange: '', elsewhere: 'clock_error x3', weight: 0.2 }),
  reason('meter_events', { nearChange: 'cover_open x1', elsewhere: 'clock_error x3', weight: 1.2 }),
  reason('area_balance', { area: 'TQ1', correlation: -0.92, lossBeforePercent: 4, lossAfterPercent: 9.2, from: '2025-06-18' }),
];

describe('reasons', () => {
  it("are the engine's indicators, each with a name in both languages", () => {
    for (const code of INDICATOR_CODES) {
      expect(indicatorLabel(en, code)).not.toBe(code);
      expect(indicatorLabel(zh, code)).not.toBe(code);
    }
    // Keys never end as a plural form would (near_zero).
    expect(codeKey('near_zero')).toBe('nearZero');
  });

  it('tell apart what one indicator says by its details', () => {
    expect(findings.map(reasonKey)).toEqual([
      'ownDrop',
      'ownDropRecovered',
      'peerDrop',
      'nearZero',
      'belowCapacity',
      'flatLoad',
      'shapeChange',
      'reversedDay',
      'zeroWindow',
      'meterEventsNear',
      'meterEventsElsewhere',
      'meterEventsBoth',
      'areaBalance',
    ]);
  });

  it("are sentences of the user's language with every figure filled in", () => {
    for (const f of findings) {
      for (const [t, language] of [[en, 'en'], [zh, 'zh-CN']] as const) {
        const text = reasonText(t, f, language);
        expect(text, `${f.code} ${language}`).not.toBe(ENGINE);
        expect(text).not.toMatch(/\{\{|undefined|NaN|_/);
      }
    }
    expect(reasonText(en, findings[0]!, 'en')).toBe('Consumption fell 60% from 53.6 to 21.2 kWh/day on Mar 2, 2025.');
    expect(reasonText(en, findings[1]!, 'en')).toContain('until Jun 1, 2025');
    expect(reasonText(zh, findings[0]!, 'zh-CN')).toBe('2025年3月2日起电量下降60%，由 53.6 降至 21.2 kWh/日。');
    expect(reasonText(en, findings[9]!, 'en')).toBe('Meter events near the change: Cover opened ×2 and Voltage loss ×1.');
  });

  it("keep the engine's message for a code this build does not know", () => {
    expect(reasonText(en, reason('new_indicator', {}), 'en')).toBe(ENGINE);
  });

  it('name peer groups and event lists in words', () => {
    expect(peerGroupText(en, 'category=residential, industry=, area=TQ7')).toBe('Residential · area TQ7');
    expect(peerGroupText(zh, 'category=residential, area=TQ7')).toBe('居民生活 · 台区 TQ7');
    expect(peerGroupText(en, 'all customers')).toBe('all customers');
    expect(eventListText(zh, 'cover_open x2', 'zh-CN')).toMatch(/×2$/);
  });
});

describe('case flow', () => {
  it("offers exactly the moves the engine allows, and reopening where it asks for a reason", () => {
    for (const from of caseStatuses) {
      for (const to of caseStatuses) {
        expect(nextStatuses(from).includes(to), `${from} -> ${to}`).toBe(canMove(from, to));
        expect(isReopening(from, to)).toBe(engineReopening(from, to));
      }
    }
  });
});

describe('history', () => {
  it('says what each entry changed, in both languages', () => {
    const status = { action: 'status' as const, detail: { from: 'inspecting', to: 'confirmed_theft' } };
    expect(historyText(en, status, 'en')).toBe('Inspecting → Confirmed theft');
    expect(historyText(zh, status, 'zh-CN')).toBe('稽查中 → 确认窃电');
    const reopened = { action: 'status' as const, detail: { from: 'cleared', to: 'inspecting', reason: 'new photos' } };
    expect(historyText(en, reopened, 'en')).toBe('Cleared → Inspecting: new photos');
    const adjusted = { action: 'estimate' as const, detail: { from: { kwh: 2987, yuan: 2454.77 }, to: { kwh: 1234, yuan: 1014.22 }, adjusted: true, reason: 'on site' } };
    expect(historyText(en, adjusted, 'en')).toBe('2,987 kWh · 2,454.77 yuan → 1,234 kWh · 1,014.22 yuan: on site');
    const dates = { action: 'dates' as const, detail: { inspectionDay: { from: null, to: '2025-12-01' } } };
    expect(historyText(en, dates, 'en')).toBe('Inspected on — → Dec 1, 2025');
    expect(historyText(en, { action: 'opened', detail: { score: 0.912, changeDay: '2025-09-16' } }, 'en')).toBe('Case opened (score 0.91, change Sep 16, 2025).');
  });
});

describe('evidence chart', () => {
  it("lays the area's loss and the events on the customer's days, and finds the change day", () => {
    const evidence: CaseEvidence = {
      customerId: 'C1',
      category: 'residential',
      areaId: 'A1',
      from: '2025-03-01',
      to: '2025-03-03',
      changeDay: '2025-03-02',
      peers: { basis: 'category_area', count: 12 },
      days: [
        { day: '2025-03-01', kwh: 10, p25: 8, p50: 10, p75: 12 },
        { day: '2025-03-02', kwh: 3, p25: 8, p50: 10, p75: 13 },
        { day: '2025-03-03', kwh: null, p25: null, p50: null, p75: null },
      ],
      areaLossDaily: [{ period: '2025-03-02', suppliedKwh: 100, consumedKwh: 90, lossRate: 0.1 }],
      areaLossMonthly: [],
      events: [
        { meterId: 'M1', type: 'cover_open', typeRaw: '开盖', start: '2025-03-02T10:00', end: null },
        { meterId: 'M1', type: 'voltage_loss', typeRaw: '失压', start: '2025-03-02T11:00', end: null },
        { meterId: 'M1', type: 'cover_open', typeRaw: '开盖', start: '2024-01-01T11:00', end: null },
      ],
      bills: [],
    };
    const axis = evidenceAxis(evidence);
    expect(axis.spread).toEqual([4, 5, null]);
    expect(axis.loss).toEqual([null, 0.1, null]);
    expect(axis.events).toEqual([[], ['cover_open', 'voltage_loss'], []]);
    expect(axis.changeIndex).toBe(1);
  });
});
