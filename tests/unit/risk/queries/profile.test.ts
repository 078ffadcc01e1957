// A customer's risk profile (engine/risk/queries/profile.ts): the latest row, the history over the
// model's runs, features with bins and points, adjustments, the last 24 bills with days late.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { customerProfile } from '../../../../engine/risk/queries/profile.js';
import { removeTempDirs } from '../../../helpers/tempDirs.js';
import { riskWorkspace, type RiskWorkspace } from './fixture.js';

afterAll(removeTempDirs);

let ws: RiskWorkspace;
beforeEach(() => {
  ws = riskWorkspace();
});

function bills(customer: string, months: number[]): void {
  const insert = ws.db.prepare(
    `INSERT INTO bills (customer_id, month, kwh, billed_yuan, due_day, paid_yuan, paid_day, channel, arrears_yuan, late_fee_yuan, import_id)
     VALUES (?, ?, 100, 55, ?, ?, ?, 'counter', ?, ?, 1)`,
  );
  for (const month of months) {
    const due = month * 100 + 20;
    const unpaid = month === 202506;
    insert.run(customer, month, due, unpaid ? 0 : 55, unpaid ? null : month === 202505 ? due + 11 : due - 3, unpaid ? 55 : 0, month === 202505 ? 1.5 : 0);
  }
}

describe('risk.customer', () => {
  it('shows the latest row, the score history and the features with their bins and points', () => {
    const p = customerProfile(ws.db, 'K1');
    expect(p).toMatchObject({ customerId: 'K1', customerName: '张*明', category: 'residential', industry: 'retail', areaId: 'A1', prepaid: null });
    expect(p.latest).toMatchObject({ runId: 3, score: 540, grade: 'D', adjustedGrade: null });
    expect(p.history).toEqual([
      { runId: 1, asOf: '2024-06-30', score: 570, grade: 'B', probability: 0.4 },
      { runId: 2, asOf: '2024-12-31', score: 570, grade: 'B', probability: 0.4 },
      { runId: 3, asOf: '2025-06-30', score: 540, grade: 'D', probability: 0.4 },
    ]);
    // The scorecard's two features (not the weak one left out), the most points lost first.
    expect(p.features).toEqual([
      { feature: 'on_time_rate_12m', side: 'willingness', value: 0.3, bin: '(-∞, 0.5]', points: 10, bestPoints: 50 },
      { feature: 'channel_main', side: 'willingness', value: 'counter', bin: 'counter', points: 5, bestPoints: 20 },
    ]);
    expect(customerProfile(ws.db, 'K5').features[0]).toMatchObject({ value: null, bin: 'missing', points: 20 });
  });

  it('keeps one point per as-of day: the later run of that day', () => {
    const again = ws.run(1, 20250630, [{ customer: 'K1', probability: 0.5, score: 530, grade: 'D', outstanding: 900, loss: 450, features: {} }]);
    const p = customerProfile(ws.db, 'K1');
    expect(p.history.map((h) => h.runId)).toEqual([1, 2, again]);
    expect(p.latest?.runId).toBe(again);
  });

  it('lists the adjustments oldest first, the latest shown on the row', () => {
    const p = customerProfile(ws.db, 'K2');
    expect(p.latest?.adjustedGrade).toBe('D');
    expect(p.adjustments.map((a) => [a.fromGrade, a.grade, a.user])).toEqual([
      ['B', 'E', 'auditor'],
      ['E', 'D', 'auditor'],
    ]);
  });

  it('shows the last 24 bills oldest first, with days late (0 when early, null while unpaid)', () => {
    const months: number[] = [];
    for (let m = 202301; m <= 202506; m = m % 100 === 12 ? m + 89 : m + 1) months.push(m);
    bills('K1', months);
    const p = customerProfile(ws.db, 'K1');
    expect(p.bills).toHaveLength(24);
    expect(p.bills[0]!.month).toBe('2023-07');
    const [may, june] = p.bills.slice(-2);
    expect(may).toEqual({
      month: '2025-05',
      kwh: 100,
      billedYuan: 55,
      paidYuan: 55,
      dueDay: '2025-05-20',
      paidDay: '2025-05-31',
      daysLate: 11,
      channel: 'counter',
      arrearsYuan: 0,
      lateFeeYuan: 1.5,
    });
    expect(june).toMatchObject({ paidDay: null, daysLate: null, arrearsYuan: 55 });
    expect(p.bills[0]!.daysLate).toBe(0);
  });

  it('shows an archive customer never scored, and refuses an unknown number', () => {
    ws.db.prepare(`INSERT INTO customers (customer_id, name, prepaid) VALUES ('K9', '赵六', 1)`).run();
    expect(customerProfile(ws.db, 'K9')).toMatchObject({ customerName: '赵*', prepaid: true, latest: null, history: [], features: [], adjustments: [], bills: [] });
    expect(() => customerProfile(ws.db, 'NOPE')).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});
