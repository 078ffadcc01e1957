// Back-billing by the rules (engine/theft/cases/rulesEstimate.ts, 供电营业规则 arts. 102-103):
// capacity × 12 h (power) or 6 h (lighting) × the theft's days, 180 when the start is unknown,
// at the customer's price, with three times the charge as the theft penalty; and the case page
// carries it beside the baseline estimate.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays, type Day } from '../../../engine/core/calendar.js';
import type { Db } from '../../../engine/store/database.js';
import { openCase } from '../../../engine/theft/cases/open.js';
import { getCase } from '../../../engine/theft/cases/read.js';
import { MINIMUM_DAYS, rulesEstimate, userKindOf } from '../../../engine/theft/cases/rulesEstimate.js';
import { updateCase } from '../../../engine/theft/cases/update.js';
import { removeTempDirs } from '../../helpers/tempDirs.js';
import { TestWorkspace } from '../forecast/dataWorkspace.js';

afterAll(removeTempDirs);

/** R1 residential 8 kVA with bills at 0.5 yuan/kWh; P1 commercial 50 kVA (tariff price); N1 without a capacity. Daily data to 2025-06-30. */
function workspace(): Db {
  const ws = new TestWorkspace()
    .customer({ id: 'R1', contractKva: 8 })
    .customer({ id: 'P1', category: 'commercial', contractKva: 50 })
    .customer({ id: 'N1', contractKva: null });
  const days = new Map<Day, number>();
  for (let d: Day = 20250101; d <= 20250630; d = addDays(d, 1)) days.set(d, d < 20250501 ? 10 : 4);
  ws.daily('MR1', days).daily('MP1', days).daily('MN1', days);
  ws.db.prepare('INSERT INTO bills (customer_id, month, kwh, billed_yuan, import_id) VALUES (?, 202504, 300, 150, 1)').run('R1');
  return ws.db;
}

let db: Db;
beforeEach(() => {
  db = workspace();
});

describe('back-billing by the rules', () => {
  it('counts 180 days when the start of the theft is unknown: capacity × 6 h for a lighting user', () => {
    const e = rulesEstimate(db, 'R1', 'residential', null, null)!;
    expect(e).toMatchObject({ capacityKva: 8, userKind: 'lighting', hoursPerDay: 6, daysBasis: 'minimum', from: null, to: null, days: MINIMUM_DAYS });
    expect(e.kwh).toBe(8 * 6 * 180);
    expect([e.priceYuanPerKwh, e.priceSource, e.yuan]).toEqual([0.5, 'bills', 4320]);
    expect([e.penaltyYuan, e.totalYuan]).toEqual([12960, 17280]);
  });

  it("counts the theft's days from the change day, 12 h for a power user", () => {
    // To the day before the inspection: 2025-05-01 .. 2025-05-31.
    const e = rulesEstimate(db, 'P1', 'commercial', 20250501, 20250601)!;
    expect(e).toMatchObject({ userKind: 'power', hoursPerDay: 12, daysBasis: 'change_day', from: '2025-05-01', to: '2025-05-31', days: 31, kwh: 50 * 12 * 31 });
    expect(e.priceSource).toBe('tariff');
    expect(e.penaltyYuan).toBeCloseTo(3 * e.yuan, 2);
    // Before an inspection: to the last day with data.
    expect(rulesEstimate(db, 'P1', 'commercial', 20250501, null)).toMatchObject({ to: '2025-06-30', days: 61 });
  });

  it('has no figure without a contract capacity', () => {
    expect(rulesEstimate(db, 'N1', 'residential', 20250501, null)).toBeNull();
    expect([userKindOf('residential'), userKindOf('large_industry'), userKindOf('other')]).toEqual(['lighting', 'power', 'power']);
  });

  it('stands beside the baseline estimate on the case, and follows the inspection day', () => {
    const opened = openCase(db, { customerId: 'R1', changeDay: 20250501 }, '2025-07-01T00:00:00.000Z');
    expect(opened.estimate).toMatchObject({ from: '2025-05-01', to: '2025-06-30' });
    expect(opened.rulesEstimate).toMatchObject({ daysBasis: 'change_day', days: 61, kwh: 8 * 6 * 61 });
    const inspected = updateCase(db, { caseId: opened.caseId, inspectionDay: 20250511 }, '2025-07-02T00:00:00.000Z');
    expect(inspected.rulesEstimate).toMatchObject({ to: '2025-05-10', days: 10 });
    const byHand = openCase(db, { customerId: 'P1' }, '2025-07-01T00:00:00.000Z');
    expect(byHand.estimate).toBeNull();
    expect(getCase(db, byHand.caseId).rulesEstimate).toMatchObject({ daysBasis: 'minimum', days: 180, kwh: 50 * 12 * 180 });
  });
});
