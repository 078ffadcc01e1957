// Distribution (engine/risk/queries/distribution.ts) by area, industry and category with grades
// counted after adjustments, and the score histogram in 20-point bars.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { distribution } from '../../../../engine/risk/queries/distribution.js';
import { removeTempDirs } from '../../../helpers/tempDirs.js';
import { riskWorkspace, type RiskWorkspace } from './fixture.js';

afterAll(removeTempDirs);

let ws: RiskWorkspace;
beforeEach(() => {
  ws = riskWorkspace();
});

describe('risk.distribution', () => {
  it('counts grades by area after adjustments, the largest expected loss first', () => {
    const d = distribution(ws.db, undefined, 'area');
    expect(d.runId).toBe(3);
    expect(d.rows).toEqual([
      { key: 'A2', customers: 2, byGrade: { A: 1, B: 0, C: 0, D: 1, E: 0 }, meanScore: 600, expectedLossYuan: 604, outstandingYuan: 2000 },
      { key: 'A1', customers: 2, byGrade: { A: 0, B: 0, C: 0, D: 2, E: 0 }, meanScore: 575, expectedLossYuan: 370, outstandingYuan: 1000 },
      // K5 is not in the archive: it counts under no area.
      { key: '', customers: 1, byGrade: { A: 0, B: 0, C: 0, D: 0, E: 1 }, meanScore: 500, expectedLossYuan: 180, outstandingYuan: 300 },
    ]);
  });

  it('groups by category and industry', () => {
    expect(distribution(ws.db, undefined, 'category').rows.map((r) => [r.key, r.customers])).toEqual([
      ['large_industry', 1],
      ['residential', 2],
      ['', 1],
      ['commercial', 1],
    ]);
    expect(distribution(ws.db, 2, 'industry').rows.map((r) => r.key).sort()).toEqual(['', 'hotel', 'retail']);
  });

  it('bins the scores by 20 points from the multiple at or below the lowest', () => {
    // 500, 540, 550, 610, 650
    expect(distribution(ws.db, undefined, 'area').histogram).toEqual({ from: 500, width: 20, counts: [1, 0, 2, 0, 0, 1, 0, 1] });
    // 530, 570, 580, 640, 680
    expect(distribution(ws.db, 1, 'area').histogram).toEqual({ from: 520, width: 20, counts: [1, 0, 1, 1, 0, 0, 1, 0, 1] });
  });
});

describe('a histogram of widely spread scores', () => {
  it('widens its bars in multiples of 20 to keep to 200', () => {
    const model = ws.model('workspace');
    const run = ws.run(model, 20250630, [
      { customer: 'K1', probability: 0.1, score: 100, grade: 'A', outstanding: 0, loss: 0 },
      { customer: 'K2', probability: 0.1, score: 100_000, grade: 'A', outstanding: 0, loss: 0 },
    ]);
    const h = distribution(ws.db, run, 'area').histogram;
    // 99 900 points over 199 bars of 20: 26 × 20 = 520 points a bar.
    expect(h.width).toBe(520);
    expect(h.from).toBe(0);
    expect(h.counts.length).toBeLessThanOrEqual(200);
    expect([h.counts[0], h.counts.at(-1), h.counts.reduce((a, b) => a + b)]).toEqual([1, 1, 2]);
  });
});
