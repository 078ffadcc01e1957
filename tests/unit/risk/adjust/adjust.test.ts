// Grade adjustments (engine/risk/adjust): appended from the grade that counts now, under the user
// named or the OS account, never changed afterwards; refused for a customer never scored.
import os from 'node:os';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { adjustGrade, adjustmentsOf, currentGrade } from '../../../../engine/risk/adjust/adjust.js';
import { customersPage } from '../../../../engine/risk/queries/customers.js';
import { removeTempDirs } from '../../../helpers/tempDirs.js';
import { riskWorkspace, type RiskWorkspace } from '../queries/fixture.js';

afterAll(removeTempDirs);

let ws: RiskWorkspace;
beforeEach(() => {
  ws = riskWorkspace();
});

describe('risk.adjust', () => {
  it('moves a grade from the latest run’s, then from the previous adjustment', () => {
    const first = adjustGrade(ws.db, { customerId: 'K1', grade: 'B', reason: 'Paid in full at the counter', user: 'wang' }, '2025-07-05T08:00:00.000Z');
    expect(first).toEqual({ adjustmentId: 3, customerId: 'K1', createdAt: '2025-07-05T08:00:00.000Z', user: 'wang', fromGrade: 'D', grade: 'B', reason: 'Paid in full at the counter' });
    const second = adjustGrade(ws.db, { customerId: 'K1', grade: 'C', reason: 'Cheque bounced' });
    expect(second).toMatchObject({ fromGrade: 'B', grade: 'C', user: os.userInfo().username });
    expect(currentGrade(ws.db, 'K1')).toBe('C');
    expect(adjustmentsOf(ws.db, 'K1').map((a) => a.grade)).toEqual(['B', 'C']);
    const row = customersPage(ws.db, { search: 'K1', sort: 'expectedLoss', offset: 0, limit: 10 }).rows.find((r) => r.customerId === 'K1');
    expect(row).toMatchObject({ grade: 'D', adjustedGrade: 'C' });
  });

  it('keeps adjustments append-only', () => {
    expect(() => ws.db.prepare(`UPDATE risk_adjustments SET grade = 'A'`).run()).toThrow(/append-only/);
    expect(() => ws.db.prepare('DELETE FROM risk_adjustments').run()).toThrow(/append-only/);
    expect(adjustmentsOf(ws.db, 'K2')).toHaveLength(2);
  });

  it('refuses a customer no run has scored', () => {
    expect(() => adjustGrade(ws.db, { customerId: 'K9', grade: 'A', reason: 'x' })).toThrow(
      expect.objectContaining({ code: 'risk.not_scored', details: { customerId: 'K9' } }),
    );
    expect(adjustmentsOf(ws.db, 'K9')).toEqual([]);
  });
});
