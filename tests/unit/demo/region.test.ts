// A year of a 400-customer demo region: structure, calendar, theft and money behave as the
// generator promises.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMeta, type Db } from '../../../engine/store/database.js';
import { addDays, parseIsoDay } from '../../../engine/core/calendar.js';
import type { DemoTruth } from '../../../engine/demo/truth.js';
import { closeDemos, smallDemo } from './smallDemo.js';

let db: Db;
let truth: DemoTruth;

beforeAll(() => {
  db = smallDemo({ seed: 11, customers: 400, days: 365 }).db;
  truth = JSON.parse(getMeta(db, 'demo_truth')!) as DemoTruth;
});
afterAll(closeDemos);

const all = <T>(sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as T[];
const value = (sql: string, ...params: unknown[]) => db.prepare(sql).pluck().get(...params) as number;

describe('the region', () => {
  it('has customers in the expected category shares, each with a meter, an area and a feeder', () => {
    const shares = Object.fromEntries(all<{ category: string; n: number }>('SELECT category, COUNT(*) AS n FROM customers GROUP BY 1').map((r) => [r.category, r.n / 400]));
    expect(shares.residential).toBeGreaterThan(0.8);
    expect(shares.residential).toBeLessThan(0.9);
    expect(shares.commercial).toBeCloseTo(0.12, 2);
    expect(shares.large_industry).toBeGreaterThan(0.01);
    expect(shares.agricultural).toBeGreaterThan(0.01);
    expect(value('SELECT COUNT(*) FROM customers c JOIN meters m ON m.customer_id = c.customer_id JOIN areas a ON a.area_id = c.area_id JOIN feeders f ON f.feeder_id = c.feeder_id')).toBe(400);
    expect(value(`SELECT COUNT(DISTINCT industry) FROM customers WHERE category <> 'residential'`)).toBeGreaterThan(8);
  });

  it('has at least 50 transformer areas with a capacity, on several feeders under two or three supply units', () => {
    expect(value('SELECT COUNT(*) FROM areas WHERE capacity_kva > 0')).toBeGreaterThanOrEqual(50);
    expect(value('SELECT COUNT(*) FROM feeders')).toBeGreaterThanOrEqual(6);
    const units = value('SELECT COUNT(DISTINCT supply_unit) FROM feeders');
    expect(units).toBeGreaterThanOrEqual(2);
    expect(units).toBeLessThanOrEqual(3);
  });

  it('writes fake but well-formed personal data', () => {
    const people = all<{ name: string; phone: string; id_number: string | null }>('SELECT name, phone, id_number FROM customers');
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    for (const p of people) {
      expect(p.phone).toMatch(/^1\d{2}0000\d{4}$/);
      expect(p.name).toMatch(/^\p{Script=Han}{2,}$/u);
      if (p.id_number === null) continue;
      expect(p.id_number).toMatch(/^99\d{15}[\dX]$/);
      const sum = weights.reduce((s, w, i) => s + w * Number(p.id_number![i]), 0);
      expect(p.id_number[17]).toBe('10X98765432'[sum % 11]);
    }
  });
});

describe('consumption', () => {
  it('covers every customer day after the account opened, from frozen readings', () => {
    const expected = all<{ open_day: number }>('SELECT open_day FROM customers').reduce((days, c) => {
      const first = Math.max(c.open_day, 20250101);
      return days + (first > 20251231 ? 0 : 1 + Math.round((Date.UTC(2025, 11, 31) - Date.UTC(Math.floor(first / 10000), (Math.floor(first / 100) % 100) - 1, first % 100)) / 86_400_000));
    }, 0);
    expect(value('SELECT SUM(days) FROM daily_energy')).toBe(expected);
    expect(value('SELECT COUNT(*) FROM daily_energy WHERE readings IS NULL OR registers NOT IN (1, 5)')).toBe(0);
  });

  it('stores curves for every non-residential meter and a residential sample, agreeing with the daily readings', () => {
    const withCurve = all<{ category: string; n: number }>(
      `SELECT c.category, COUNT(*) AS n FROM customers c WHERE EXISTS (SELECT 1 FROM interval_load i WHERE i.meter_id = c.customer_id OR i.meter_id IN (SELECT meter_id FROM meters m WHERE m.customer_id = c.customer_id)) GROUP BY 1`,
    );
    const byCategory = Object.fromEntries(withCurve.map((r) => [r.category, r.n]));
    expect(byCategory.commercial).toBe(value(`SELECT COUNT(*) FROM customers WHERE category = 'commercial'`));
    expect(byCategory.large_industry).toBe(value(`SELECT COUNT(*) FROM customers WHERE category = 'large_industry'`));
    expect(byCategory.residential).toBeGreaterThanOrEqual(10);
    // A curve day's energy equals the day's consumption from the readings (up to the register's resolution).
    const pairs = all<{ curve: number; daily: number; multiplier: number }>(
      `SELECT i.kwh AS curve, d.multiplier AS multiplier,
              (SELECT SUM(i2.kwh) FROM interval_load i2 WHERE i2.meter_id = i.meter_id AND i2.day / 100 = d.month AND i2.missing = 0) AS curveMonth,
              d.total_kwh AS daily
         FROM interval_load i JOIN daily_energy d ON d.meter_id = i.meter_id AND d.month = i.day / 100
        WHERE i.missing = 0 AND d.month = 202506 AND d.days = 30
          AND (SELECT COUNT(*) FROM interval_load i3 WHERE i3.meter_id = i.meter_id AND i3.day / 100 = 202506 AND i3.missing = 0) = 30
        GROUP BY i.meter_id`,
    );
    expect(pairs.length).toBeGreaterThan(20);
    for (const p of pairs as unknown as { curveMonth: number; daily: number; multiplier: number }[]) {
      expect(Math.abs(p.curveMonth - p.daily)).toBeLessThanOrEqual(0.001 * p.daily + 31 * 0.01 * p.multiplier);
    }
  });

  it('has a few curve gaps', () => {
    const rate = value(`SELECT CAST(SUM(missing) AS REAL) / (SUM(points)) FROM interval_load`);
    expect(rate).toBeGreaterThan(0);
    expect(rate).toBeLessThan(0.01);
  });

  it('drops for businesses over the Spring Festival and works on make-up working days', () => {
    const businessDay = (day: number) =>
      value(`SELECT TOTAL(kwh) FROM agg_energy_daily WHERE day = ? AND category IN ('commercial', 'large_industry')`, day);
    const mean = (days: number[]) => days.reduce((s, d) => s + businessDay(d), 0) / days.length;
    const spring = mean([20250129, 20250130, 20250131, 20250201, 20250202]);
    const marchWorkdays = mean([20250310, 20250311, 20250312, 20250313, 20250314, 20250317, 20250318]);
    expect(spring).toBeLessThan(0.75 * marchWorkdays);
    // 2025-04-27 is a Sunday worked for Labour Day (调休); the Sundays around it are rest days.
    expect(businessDay(20250427)).toBeGreaterThan(1.1 * mean([20250420, 20250511, 20250518]));
  });

  it('follows temperature: hot summer days use more than mild days', () => {
    const rows = all<{ kwh: number; t: number }>(
      `SELECT SUM(e.kwh) AS kwh, w.temperature_mean AS t FROM agg_energy_daily e
         JOIN agg_weather_daily w ON w.day = e.day AND w.station = '58457'
        WHERE e.category = 'residential' GROUP BY e.day`,
    );
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const hot = rows.filter((r) => r.t > 29).map((r) => r.kwh);
    const mild = rows.filter((r) => r.t > 15 && r.t < 22).map((r) => r.kwh);
    expect(hot.length).toBeGreaterThan(10);
    expect(avg(hot)).toBeGreaterThan(1.2 * avg(mild));
  });
});

describe('theft', () => {
  it('has about 1.5 % of customers stealing from the second half of the period, with every attack type', () => {
    expect(truth.thefts.length).toBe(Math.round(400 * 0.015));
    expect(new Set(truth.thefts.map((t) => t.attack))).toEqual(new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']));
    for (const t of truth.thefts) expect(t.startDate >= '2025-07-02').toBe(true);
  });

  it("shows as a drop in the thief's consumption and a rise of the area's loss", () => {
    const energyThefts = truth.thefts.filter((t) => ['h1', 'h2', 'h3', 'h4'].includes(t.attack));
    let drops = 0;
    let rises = 0;
    for (const t of energyThefts) {
      const start = parseIsoDay(t.startDate);
      const before = { from: addDays(start, -14), to: addDays(start, -1) };
      const after = { from: start, to: addDays(start, 13) };
      const meterKwh = (w: { from: number; to: number }) => dailyKwh(t.meterId, w.from, w.to);
      const area = db.prepare('SELECT area_id FROM customers WHERE customer_id = ?').pluck().get(t.customerId) as string;
      const loss = (w: { from: number; to: number }) => {
        const r = db
          .prepare('SELECT TOTAL(supplied_kwh) AS s, TOTAL(sold_kwh) AS sold FROM area_supply WHERE area_id = ? AND day BETWEEN ? AND ?')
          .get(area, w.from, w.to) as { s: number; sold: number };
        return (r.s - r.sold) / r.s;
      };
      if (meterKwh(after) < 0.85 * meterKwh(before)) drops++;
      if (loss(after) > loss(before) + 0.002) rises++;
    }
    expect(energyThefts.length).toBeGreaterThanOrEqual(4);
    expect(drops).toBe(energyThefts.length);
    expect(rises).toBe(energyThefts.length);
  });

  it('leaves tampering events for most thieves and inspection outcomes for part of them', () => {
    const traced = truth.thefts.filter(
      (t) =>
        value(
          `SELECT COUNT(*) FROM meter_events WHERE meter_id = ? AND type IN ('cover_open', 'terminal_cover_open', 'current_loss', 'reverse_energy', 'magnetic_interference')
              AND start_ts / 10000 BETWEEN ? AND ?`,
          t.meterId,
          addDays(parseIsoDay(t.startDate), -7),
          addDays(parseIsoDay(t.startDate), 3),
        ) > 0,
    );
    expect(traced.length).toBeGreaterThanOrEqual(truth.thefts.length / 2);
    const caught = all<{ customer_id: string; back_yuan: number; penalty_yuan: number }>(`SELECT * FROM inspections WHERE outcome = 'theft'`);
    expect(caught.map((c) => c.customer_id).sort()).toEqual(truth.thefts.filter((t) => t.endDate !== null).map((t) => t.customerId).sort());
    for (const c of caught) expect(c.penalty_yuan).toBeCloseTo(3 * c.back_yuan, 1);
    const thieves = new Set(truth.thefts.map((t) => t.customerId));
    const cleared = all<{ customer_id: string }>(`SELECT customer_id FROM inspections WHERE outcome = 'cleared'`);
    expect(cleared.length).toBeGreaterThan(0);
    expect(cleared.some((c) => thieves.has(c.customer_id))).toBe(false);
  });
});

describe('bills and payments', () => {
  it('bills every month before the last, with prepaid customers never in arrears', () => {
    expect(value('SELECT MIN(month) FROM bills')).toBe(202501);
    expect(value('SELECT MAX(month) FROM bills')).toBe(202511);
    expect(value(`SELECT TOTAL(b.arrears_yuan + b.late_fee_yuan) FROM bills b JOIN customers c USING (customer_id) WHERE c.prepaid = 1`)).toBe(0);
  });

  it('has defaulters owing most, late payers paying fees, and every channel in use', () => {
    const owed = (ids: string[]) => ids.reduce((s, id) => s + value('SELECT TOTAL(arrears_yuan) FROM bills WHERE customer_id = ?', id), 0) / Math.max(1, ids.length);
    const everyone = all<{ customer_id: string }>('SELECT customer_id FROM customers').map((c) => c.customer_id);
    const punctual = everyone.filter((id) => !truth.defaulters.includes(id) && !truth.latePayers.includes(id));
    expect(truth.defaulters.length).toBeGreaterThan(0);
    expect(owed(truth.defaulters)).toBeGreaterThan(10 * owed(punctual));
    const fees = truth.latePayers.reduce((s, id) => s + value('SELECT TOTAL(late_fee_yuan) FROM bills WHERE customer_id = ?', id), 0);
    expect(fees).toBeGreaterThan(0);
    expect(all<{ channel: string }>('SELECT DISTINCT channel FROM bills WHERE channel IS NOT NULL').map((r) => r.channel).sort()).toEqual([
      'alipay', 'app', 'bank', 'counter', 'wechat',
    ]);
  });
});

describe('service tickets and events', () => {
  it('has Chinese tickets across channels and types, repair calls during outages', () => {
    expect(all<{ channel: string }>('SELECT DISTINCT channel FROM tickets').map((r) => r.channel).sort()).toEqual(['app', 'counter', 'phone_95598', 'wechat']);
    expect(value('SELECT COUNT(DISTINCT type) FROM tickets')).toBeGreaterThanOrEqual(5);
    expect(value(`SELECT COUNT(*) FROM tickets WHERE text NOT GLOB '*[一-龥]*'`)).toBe(0);
    const repairsInOutages = value(
      `SELECT COUNT(*) FROM tickets t WHERE t.type = 'repair' AND EXISTS (
         SELECT 1 FROM meters m JOIN meter_events e ON e.meter_id = m.meter_id
          WHERE m.customer_id = t.customer_id AND e.type = 'power_off' AND t.ts BETWEEN e.start_ts AND e.end_ts)`,
    );
    expect(repairsInOutages).toBe(value(`SELECT COUNT(*) FROM tickets WHERE type = 'repair'`));
    expect(repairsInOutages).toBeGreaterThan(0);
  });

  it('logs every outage on the meters as power off and power back on', () => {
    const offs = value(`SELECT COUNT(*) FROM meter_events WHERE type = 'power_off'`);
    expect(offs).toBeGreaterThan(0);
    expect(
      value(`SELECT COUNT(*) FROM meter_events f JOIN meter_events n ON n.meter_id = f.meter_id AND n.type = 'power_on' AND n.start_ts = f.end_ts WHERE f.type = 'power_off'`),
    ).toBe(offs);
  });
});

function dailyKwh(meterId: string, from: number, to: number): number {
  let total = 0;
  for (const row of db.prepare('SELECT month, kwh FROM daily_energy WHERE meter_id = ? AND month BETWEEN ? AND ?').iterate(meterId, Math.floor(from / 100), Math.floor(to / 100)) as Iterable<{ month: number; kwh: Buffer }>) {
    const values = new Float64Array(row.kwh.buffer.slice(row.kwh.byteOffset, row.kwh.byteOffset + row.kwh.byteLength));
    values.forEach((v, i) => {
      const day = row.month * 100 + i + 1;
      if (day >= from && day <= to && !Number.isNaN(v)) total += v;
    });
  }
  return total;
}
