// The workspace's arrears features on a hand-made workspace: each feature's value as of a day,
// point in time (a payment after the day does not count, a later bill is not yet issued, later
// tickets and unfinished months are not seen), and missing values where a source is absent.
import { afterAll, describe, expect, it } from 'vitest';
import { buildRiskDataset } from '../../../../engine/risk/workspace/dataset.js';
import { riskFeatureSpecs } from '../../../../engine/risk/workspace/features/specs.js';
import { isDispute } from '../../../../engine/risk/workspace/tickets.js';
import type { FeatureTable } from '../../../../engine/risk/model/types.js';
import { removeTempDirs } from '../../../helpers/tempDirs.js';
import { RiskWorkspace } from './fixture.js';

afterAll(removeTempDirs);

function valuesOf(table: FeatureTable, id: string): Record<string, number | string | null> {
  const row = table.ids.indexOf(id);
  expect(row).toBeGreaterThanOrEqual(0);
  return Object.fromEntries(table.columns.map((c) => [c.name, c.values[row] ?? null]));
}

/** Customer 1001: a year of bills paid before the due day, then October paid 15 days late and November (doubled) paid after the year's end. */
function workspace(): RiskWorkspace {
  const w = new RiskWorkspace()
    .customer('1001', { category: 'commercial', industry: 'F52 零售业', prepaid: 0, openDay: 20200315 })
    .customer('1002')
    .customer('1003', { prepaid: 1 });
  for (let m = 1; m <= 9; m++) {
    const month = 202400 + m;
    w.bill('1001', { month, billed: 100, paidDay: (month + 1) * 100 + 15, channel: 'bank' });
  }
  w.bill('1001', { month: 202410, billed: 100, paidDay: 20241205, channel: 'app', lateFee: 1.5 })
    .bill('1001', { month: 202411, billed: 200, paidDay: 20250110, channel: 'app', lateFee: 4.2 })
    .bill('1001', { month: 202412, billed: 100 })
    .bill('1002', { month: 202501, billed: 80, paidDay: 20250210 })
    .bill('1003', { month: 202411, billed: 50, paidDay: 20241201, channel: 'app' });
  for (let k = 0; k < 15; k++) {
    const month = k < 3 ? 202310 + k : 202400 + (k - 2);
    w.consumption('1001', month, month >= 202410 ? 130 : 100);
  }
  w.ticket('T1', '1001', 20240601, 'complaint', '客户投诉电费明显偏高，要求核查')
    .ticket('T2', '1001', 20240701, 'complaint', '客户投诉频繁停电')
    .ticket('T3', '1001', 20240801, 'inquiry', '客户咨询电费构成')
    .ticket('T4', '1001', 20231220, 'complaint', '客户对电费账单有疑问')
    .ticket('T5', '1001', 20250105, 'complaint', '客户对电费账单有疑问');
  return w;
}

describe('features as of a day', () => {
  const w = workspace();
  const asOfYearEnd = buildRiskDataset(w.db, { asOf: 20241231, withTarget: false });

  it('has a column per feature, named and sided as specified, and leaves out customers with no bill issued by the day', () => {
    expect(asOfYearEnd.table.columns.map((c) => [c.name, c.kind, c.side])).toEqual(riskFeatureSpecs.map((s) => [s.name, s.kind, s.side]));
    expect(asOfYearEnd.table.ids).toEqual(['1001', '1003']);
    expect(asOfYearEnd.table.target).toBeNull();
  });

  it('counts lateness over the bills due by the day; a bill paid after it is still owed and late by the days passed', () => {
    const v = valuesOf(asOfYearEnd.table, '1001');
    expect(v.on_time_rate_12m).toBeCloseTo(9 / 11, 10);
    expect(v.days_late_mean_12m).toBeCloseTo((15 + 11) / 11, 10);
    expect(v.days_late_max_12m).toBe(15);
    expect(v.months_overdue_12m).toBe(2);
    expect(v.months_overdue_6m).toBe(2);
    expect(v.days_late_trend as number).toBeGreaterThan(0);
  });

  it('owes the bill paid after the day, and prorates a late fee still accruing then', () => {
    const v = valuesOf(asOfYearEnd.table, '1001');
    expect(v.arrears_yuan).toBe(200);
    expect(v.arrears_trend).toBe(200); // nothing was owed at the end of September
    // October's fee in full (paid); November's 11 of its 21 days late.
    expect(v.late_fee_yuan_12m).toBeCloseTo(1.5 + (4.2 * 11) / 21, 10);
    // Its last bill is twice its usual one, and it is its category's only customer: 2 over the
    // category's median ratio (2) is 1 (seasonal.test.ts tests the division).
    expect(v.bill_vs_history).toBe(1);
    const row = asOfYearEnd.table.ids.indexOf('1001');
    expect(asOfYearEnd.outstandingYuan[row]).toBe(200);
    expect(asOfYearEnd.expectedBillYuan[row]).toBe(100);
  });

  it('sees the payment once it is made', () => {
    const january = buildRiskDataset(w.db, { asOf: 20250131, withTarget: false });
    const v = valuesOf(january.table, '1001');
    expect(v.arrears_yuan).toBe(100); // December's bill, due on 20 January; November's was paid on the 10th
    expect(v.days_late_max_12m).toBe(21);
    // 1002's first bill, for January, is issued on 1 February.
    expect(january.table.ids).toEqual(['1001', '1003']);
    expect(buildRiskDataset(w.db, { asOf: 20250201, withTarget: false }).table.ids).toEqual(['1001', '1002', '1003']);
  });

  it('takes the usual channel of the payments made by the day and counts its changes', () => {
    const v = valuesOf(asOfYearEnd.table, '1001');
    expect(v.channel_main).toBe('bank');
    expect(v.channel_changes_12m).toBe(1);
    expect(valuesOf(asOfYearEnd.table, '1003').channel_main).toBe('app');
  });

  it('reads the archive: prepaid, tenure in months, category and industry', () => {
    const v = valuesOf(asOfYearEnd.table, '1001');
    expect(v.prepaid).toBe('no');
    expect(v.tenure_months).toBe(57);
    expect(v.category).toBe('commercial');
    expect(v.industry).toBe('F52 零售业');
    const other = valuesOf(asOfYearEnd.table, '1003');
    expect(other.prepaid).toBe('yes');
    expect(other.tenure_months).toBeNaN();
  });

  it('compares the last 3 ended months with the same months a year before, or with the 3 before them', () => {
    const v = valuesOf(asOfYearEnd.table, '1001');
    expect(v.consumption_trend).toBeCloseTo(390 / 300 - 1, 10);
    const sd = Math.sqrt((9 * 7.5 ** 2 + 3 * 22.5 ** 2) / 12);
    expect(v.consumption_volatility).toBeCloseTo(sd / 107.5, 10);
    // Mid-December: December has not ended; September 2023 is unknown, so June to August 2024.
    const midMonth = valuesOf(buildRiskDataset(w.db, { asOf: 20241215, withTarget: false }).table, '1001');
    expect(midMonth.consumption_trend).toBeCloseTo(360 / 300 - 1, 10);
    expect(valuesOf(asOfYearEnd.table, '1003').consumption_trend).toBeNaN();
  });

  it('counts billing disputes and complaints of the 12 months to the day', () => {
    const v = valuesOf(asOfYearEnd.table, '1001');
    expect(v.disputes_12m).toBe(1);
    expect(v.complaints_12m).toBe(2);
    expect(valuesOf(asOfYearEnd.table, '1003').complaints_12m).toBe(0);
  });
});

describe('a workspace of bills alone', () => {
  it('leaves the consumption, ticket and archive features missing rather than zero', () => {
    const w = new RiskWorkspace().bill('2001', { month: 202401, billed: 90, paidDay: 20240210 }).bill('2001', { month: 202402, billed: 90, paidDay: 20240310 });
    const v = valuesOf(buildRiskDataset(w.db, { asOf: 20240331, withTarget: false }).table, '2001');
    expect(v.on_time_rate_12m).toBe(1);
    expect(v.consumption_trend).toBeNaN();
    expect(v.consumption_volatility).toBeNaN();
    expect(v.disputes_12m).toBeNaN();
    expect(v.complaints_12m).toBeNaN();
    expect(v.category).toBeNull();
    expect(v.prepaid).toBe('unknown');
  });
});

describe('billing disputes', () => {
  it('are complaints, or tickets whose own type contests something, about a bill, the meter or the price', () => {
    expect(isDispute('complaint', '投诉', '客户投诉电费明显偏高')).toBe(true);
    expect(isDispute('complaint', null, 'Customer disputes the March bill')).toBe(true);
    expect(isDispute('other', '电费争议', null)).toBe(true);
    expect(isDispute('complaint', '投诉', '客户投诉频繁停电')).toBe(false);
    expect(isDispute('inquiry', '咨询', '客户咨询电费构成')).toBe(false);
  });
});
