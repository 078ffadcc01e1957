// The change point and the CSV's form.
import { describe, expect, it } from 'vitest';
import { lowestSegment, significance } from '../../../engine/theft/series/changePoint.js';
import { scoresCsv } from '../../../engine/theft/csv.js';
import type { ScoreResult } from '../../../engine/theft/scoreWorkspace.js';
import { noise } from './scoreFixture.js';

const weeks = (n: number, level: (w: number) => number) => Float64Array.from({ length: n }, (_, w) => level(w) * (1 + 0.03 * noise(5, w)));

describe('lowest segment', () => {
  it('finds a drop lasting to the end', () => {
    const s = lowestSegment(weeks(52, (w) => (w >= 30 ? 6 : 10)), 52)!;
    expect([s.start, s.end]).toEqual([30, 52]);
    expect(s.drop).toBeCloseTo(0.4, 1);
    expect(significance(s.t)).toBe(1);
  });

  it('finds a drop that came back, with enough weeks after it', () => {
    const s = lowestSegment(weeks(52, (w) => (w >= 20 && w < 32 ? 5 : 10)), 52)!;
    expect([s.start, s.end]).toEqual([20, 32]);
  });

  it('skips unknown weeks and needs weeks before the run', () => {
    const series = weeks(52, (w) => (w >= 40 ? 5 : 10));
    series.fill(Number.NaN, 10, 20);
    expect(lowestSegment(series, 52)!.start).toBe(40);
    expect(lowestSegment(weeks(8, (w) => (w >= 2 ? 5 : 10)), 8)).toBeNull();
  });

  it('a steady series has no significant run', () => {
    const s = lowestSegment(weeks(52, () => 10), 52);
    expect(s === null || significance(s.t) < 0.2).toBe(true);
  });
});

it('the CSV: header, a row per unit in rank order, three reasons, quoted ids', () => {
  const suspect = (id: string, rank: number, score: number, reasons: string[], kwh: number) => ({
    unit: { id, kind: 'meter' as const, meters: [id], category: null, industry: null, areaId: null, contractKva: null, openDay: null },
    rank,
    score,
    unsupervised: score,
    supervised: null,
    loss: { kwh, yuan: null, baselineKwhDay: null, days: 0, priceYuanKwh: null, priceSource: null },
    changeDay: null,
    reasons: reasons.map((code) => ({ code: code as 'own_drop', weight: 1, message: '', details: {} })),
    indicators: [],
  });
  const result = {
    suspects: [suspect('M1', 1, 0.91234, ['own_drop', 'meter_events', 'peer_drop', 'area_balance'], 1234.56), suspect('M,2', 2, 0.1, [], 0)],
  } as unknown as ScoreResult;
  expect(scoresCsv(result)).toBe('customer,score,rank,reasons,estimated_loss_kwh\nM1,0.9123,1,own_drop;meter_events;peer_drop,1234.6\n"M,2",0.1000,2,,0.0\n');
});
