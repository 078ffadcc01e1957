// The serious-arrears target on hand-made bills, and the days a workspace model learns and scores
// as of by default.
import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../../engine/core/calendar.js';
import { lastObservableMonthEnd, latestScoringDay, scoringDays, trainingDay } from '../../../../engine/risk/workspace/asOf.js';
import { loadBills, type BillColumns } from '../../../../engine/risk/workspace/bills.js';
import { buildRiskDataset } from '../../../../engine/risk/workspace/dataset.js';
import { customerTarget, defaultTargetDefinition, NOT_JUDGED } from '../../../../engine/risk/workspace/target.js';
import { removeTempDirs } from '../../../helpers/tempDirs.js';
import { RiskWorkspace } from './fixture.js';

afterAll(removeTempDirs);

const due = (month: number) => (month % 100 === 12 ? (Math.floor(month / 100) + 1) * 10_000 + 120 : (month + 1) * 100 + 20);
const horizonMonths = [202412, 202501, 202502];

/** Every customer has November 2024 paid (so is billed by the end of 2024), then the horizon's bills as given. */
function workspace(): RiskWorkspace {
  const w = new RiskWorkspace();
  const customer = (id: string, horizon: (month: number) => { billed?: number; paid?: number; paidDay?: number | null }) => {
    w.bill(id, { month: 202411, billed: 100, paidDay: 20241215 });
    for (const month of horizonMonths) {
      const b = horizon(month);
      w.bill(id, { month, billed: b.billed ?? 100, ...(b.paid !== undefined ? { paid: b.paid } : {}), paidDay: b.paidDay === undefined ? addDays(due(month), 10) : b.paidDay });
    }
  };
  customer('good', () => ({}));
  customer('unpaid', (m) => (m === 202501 ? { paidDay: null } : {}));
  customer('paid31', (m) => (m === 202502 ? { paidDay: addDays(due(m), 31) } : {}));
  customer('paid30', (m) => (m === 202502 ? { paidDay: addDays(due(m), 30) } : {}));
  customer('small', (m) => (m === 202501 ? { billed: 40, paidDay: null } : {}));
  customer('partial', (m) => (m === 202412 ? { billed: 200, paid: 120, paidDay: addDays(due(m), 5) } : {}));
  // Owed before the horizon, paid within it: not this horizon's arrears.
  w.bill('earlier', { month: 202410, billed: 100, paidDay: null });
  for (const month of horizonMonths) w.bill('earlier', { month, billed: 100, paidDay: due(month) });
  // Billed first after the horizon.
  w.bill('later', { month: 202504, billed: 100, paidDay: null });
  // The bills stand as of 30 June 2025 (the latest payment).
  for (let month = 202501; month <= 202505; month++) w.bill('payer', { month, billed: 100, paidDay: month === 202505 ? 20250630 : due(month) });
  return w;
}

describe('the target', () => {
  const w = workspace();
  const bills = loadBills(w.db);
  const target = (id: string, asOf = 20241231, horizon = 3) => customerTarget(bills, bills.customers.indexOf(id), asOf, horizon, defaultTargetDefinition);

  it('is 1 for a horizon bill still owed (at least 50 yuan) 30 days after its due day', () => {
    expect(bills.lastDay).toBe(20250630);
    expect(target('good')).toBe(0);
    expect(target('unpaid')).toBe(1);
    expect(target('paid31')).toBe(1);
    expect(target('paid30')).toBe(0);
    expect(target('small')).toBe(0);
    expect(target('partial')).toBe(1);
    expect(target('earlier')).toBe(0);
  });

  it('judges only bills issued within the horizon whose due day + 30 the bills reach', () => {
    expect(target('later')).toBe(NOT_JUDGED);
    expect(target('unpaid', 20241231, 1)).toBe(0); // January's bill is issued on 1 February, after a one-month horizon
    // May's bill (issued 1 June, due 20 June) cannot be judged by 30 June; April's can.
    expect(target('payer', 20250531, 1)).toBe(NOT_JUDGED);
    expect(target('payer', 20250430, 1)).toBe(0);
  });

  it('keeps only judged customers billed by the day in the training set', () => {
    const { table } = buildRiskDataset(w.db, { asOf: 20241231, horizonMonths: 3, withTarget: true });
    expect(table.ids).toEqual(['earlier', 'good', 'paid30', 'paid31', 'partial', 'small', 'unpaid']);
    expect([...table.target!]).toEqual([0, 0, 0, 1, 1, 0, 1]);
  });
});

describe('default days', () => {
  const bills: BillColumns = loadBills(workspace().db);

  it('scores as of the end of the month the latest bill was issued in, with the month-ends before it', () => {
    expect(latestScoringDay(bills)).toBe(20250630);
    expect(scoringDays(20250630, 2)).toEqual([20250430, 20250531, 20250630]);
    expect(scoringDays(20250615, 2)).toEqual([20250430, 20250531, 20250615]);
    expect(scoringDays(20250615, 0)).toEqual([20250615]);
  });

  it('learns as of the horizon before the last month-end whose bills can all be judged', () => {
    // May's bills (issued 1 June, due 20 June) cannot be judged by 30 June: every bill issued by 31 May can.
    expect(lastObservableMonthEnd(bills, 30)).toBe(20250531);
    expect(trainingDay(bills, 20250630, 3, 30)).toBe(20250228);
    expect(trainingDay(bills, 20250331, 3, 30)).toBe(20241231);
  });
});
