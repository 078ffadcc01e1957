// The Customers module's reads on a workspace written row by row: a customer's two meters add up
// in its shape and consumption, a day one meter lacks an hour of is left out, the share of the
// area, and target lists drawn with every filter's reason.
import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../engine/core/calendar.js';
import { candidates } from '../../../engine/customers/candidates.js';
import { customerConsumption } from '../../../engine/customers/consumption.js';
import { drawList } from '../../../engine/customers/drawList.js';
import { loadShapes } from '../../../engine/customers/loadShape.js';
import { forecastShare } from '../../../engine/customers/share.js';
import { removeTempDirs } from '../../helpers/tempDirs.js';
import { TestWorkspace, points } from '../forecast/dataWorkspace.js';

const start = 20250101;
const days = 100;
const ws = new TestWorkspace()
  .area('A1', '一号台区', null)
  .customer({ id: 'C1', name: '张小明', area: 'A1' }, ['M1a', 'M1b'])
  .customer({ id: 'C2', name: '李四', area: 'A1' })
  .customer({ id: 'C3', name: '王五', area: 'A1', category: 'commercial' })
  // C1: 1 kW all day on one meter, 2 kW in the evening (18-21) on the other, whose last day lacks 18:00.
  .curves('M1a', start, addDays(start, days), () => points(96, () => 1))
  .curves('M1b', start, addDays(start, days), (d) => points(96, (p) => (p >= 72 && p < 84 ? (d === days - 1 && p < 76 ? Number.NaN : 2) : 0)))
  // C2: a night load, 24 points a day.
  .curves('MC2', start, addDays(start, days), () => points(24, (h) => (h < 6 ? 3 : 0.5)))
  .daily('M1a', new Map(Array.from({ length: days }, (_, d) => [addDays(start, d), 24])))
  .daily('M1b', new Map(Array.from({ length: days }, (_, d) => [addDays(start, d), 6])))
  .daily('MC2', new Map(Array.from({ length: days }, (_, d) => [addDays(start, d), 27])));
const { db } = ws;

afterAll(() => {
  db.close();
  removeTempDirs();
});

describe('load shapes and consumption', () => {
  it('adds a customer’s meters hour by hour and leaves out a day one meter lacks an hour of', () => {
    const shapes = loadShapes(db);
    const c1 = shapes.get('C1')!;
    // M1b's last day has no value at 18:00: the day is left out of C1's 90 (one meter alone would read short).
    expect(c1.days).toBe(89);
    expect(c1.hourKw[3]).toBeCloseTo(1);
    expect(c1.hourKw[19]).toBeCloseTo(3);
    expect(shapes.get('C2')!.hourKw[2]).toBeCloseTo(3);
    expect(shapes.has('C3')).toBe(false);
  });

  it('gives daily and monthly kWh of both meters together', () => {
    const c = customerConsumption(db, 'C1');
    expect(c.daily).toHaveLength(days);
    expect(c.daily[0]).toEqual({ day: '2025-01-01', kwh: 30 });
    expect(c.monthly[0]).toEqual({ month: '2025-01', kwh: 31 * 30 });
    expect(c.loadShape!.to).toBe('2025-04-10');
  });

  it('works out the share of the area', () => {
    const share = forecastShare(db, 'C1')!;
    expect(share.share).toBeCloseTo(30 / 57);
    expect(share).toMatchObject({ areaId: 'A1', from: '2024-05', to: '2025-04' });
    expect(forecastShare(db, 'C3')!.share).toBe(0);
  });
});

describe('target lists', () => {
  it('keep the customers meeting every filter, with the reasons', () => {
    db.prepare(`INSERT INTO customer_tags VALUES ('C1', 'escalation', 20250105, 20250105, 1, '{}'), ('C3', 'repeat_contact', 20250105, 20250105, 2, '{}')`).run();
    const all = candidates(db);
    const scenario = { shiftShare: 0.2 };
    expect(drawList(all, { category: 'residential' }, scenario).map((m) => m.customerId)).toEqual(['C1', 'C2']);
    const tagged = drawList(all, { tags: ['escalation', 'repeat_contact'] }, scenario);
    expect(tagged.map((m) => [m.customerId, m.reasons])).toEqual([
      ['C1', [{ code: 'tag', value: 'escalation' }]],
      ['C3', [{ code: 'tag', value: 'repeat_contact' }]],
    ]);
    // C3 has no curves: no saving, so a minimum leaves it out.
    expect(tagged.find((m) => m.customerId === 'C3')!.savingYuan).toBeNull();
    const saving = drawList(all, { tags: ['escalation', 'repeat_contact'], minSavingYuan: -1e9 }, scenario);
    expect(saving.map((m) => m.customerId)).toEqual(['C1']);
    expect(saving[0]!.reasons.map((r) => r.code)).toEqual(['tag', 'saving']);
    expect(drawList(all, { riskGrades: ['E'] }, scenario)).toEqual([]);
  });
});
