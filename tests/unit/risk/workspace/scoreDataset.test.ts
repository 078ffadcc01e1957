// A scored day: expected loss is the probability times the arrears owed, or times the expected
// next bill where nothing is owed; the run's sums, grades and per-feature bin shares add up.
import { describe, expect, it } from 'vitest';
import { trainRiskModel } from '../../../../engine/risk/model/train.js';
import type { FeatureTable } from '../../../../engine/risk/model/types.js';
import { scoreDataset } from '../../../../engine/risk/workspace/scoreDataset.js';
import { defaultTargetDefinition } from '../../../../engine/risk/workspace/target.js';

function table(n: number): FeatureTable {
  const late = new Float64Array(n);
  const channel: (string | null)[] = [];
  const target = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    late[i] = i % 40 === 0 ? NaN : i % 30;
    channel.push(i % 11 === 0 ? null : ['bank', 'app'][i % 2]!);
    target[i] = (i * 7919) % 30 < (i % 30) * 0.5 ? 1 : 0;
  }
  return {
    ids: Array.from({ length: n }, (_, i) => `C${String(i).padStart(4, '0')}`),
    target,
    columns: [
      { name: 'days_late_mean_12m', kind: 'numeric', side: 'willingness', values: late },
      { name: 'channel_main', kind: 'categorical', side: 'willingness', values: channel },
    ],
  };
}

describe('scoreDataset', () => {
  const model = trainRiskModel(table(600), { target: 'serious_arrears' });
  const scoring = { ...table(50), target: null };
  const outstanding = Float64Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? 0 : 100 + i));
  const expectedBill = Float64Array.from({ length: 50 }, (_, i) => (i === 4 ? NaN : 80));
  const scored = scoreDataset(model, { table: scoring, outstandingYuan: outstanding, expectedBillYuan: expectedBill, targetDefinition: defaultTargetDefinition }, 20251231);

  it('weighs the arrears owed, or the expected next bill where nothing is owed', () => {
    const owing = scored.rows[1]!;
    expect(owing.outstandingYuan).toBe(101);
    expect(owing.expectedLossYuan).toBeCloseTo(owing.probability * 101, 2);
    const clear = scored.rows[2]!;
    expect(clear.outstandingYuan).toBe(0);
    expect(clear.expectedLossYuan).toBeCloseTo(clear.probability * 80, 2);
    expect(scored.rows[4]!.expectedLossYuan).toBe(0); // no bill to expect
  });

  it('sums the run and counts its grades', () => {
    expect(scored.asOf).toBe(20251231);
    expect(scored.outstandingYuan).toBeCloseTo(outstanding.reduce((s, x) => s + x, 0), 2);
    expect(scored.expectedLossYuan).toBeCloseTo(scored.rows.reduce((s, r) => s + r.expectedLossYuan, 0), 1);
    expect(Object.values(scored.byGrade).reduce((s, n) => s + n, 0)).toBe(50);
    expect(scored.rows.map((r) => r.customerId)).toEqual(scoring.ids);
  });

  it('keeps each customer’s feature values (missing as null) and each feature’s bin shares', () => {
    expect(scored.rows[0]!.features).toEqual({ days_late_mean_12m: null, channel_main: null });
    expect(scored.rows[3]!.features).toEqual({ days_late_mean_12m: 3, channel_main: 'app' });
    for (const binning of model.binnings) {
      const shares = scored.features[binning.feature]!;
      expect(shares).toHaveLength(binning.bins.length);
      expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 10);
    }
  });
});
