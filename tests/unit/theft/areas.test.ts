// The area view (engine/theft/areas) and the case evidence (engine/theft/cases/evidence.ts) on a
// constructed workspace: two areas of four residential customers at 10 kWh a day, supplied 5 %
// more than they use (A1 on feeder F1); in A1, K1 reports half from 2025-10-01 while the supply stays the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, formatDay, type Day } from '../../../engine/core/calendar.js';
import type { Db } from '../../../engine/store/database.js';
import { areaMonthlyLoss } from '../../../engine/theft/areas/monthlyLoss.js';
import { areaDailyLoss } from '../../../engine/theft/areas/dailyLoss.js';
import { risingAreas } from '../../../engine/theft/areas/rising.js';
import { caseEvidence } from '../../../engine/theft/cases/evidence.js';
import { removeTempDirs } from '../../helpers/tempDirs.js';
import { TestWorkspace } from '../forecast/dataWorkspace.js';

afterAll(removeTempDirs);

const FIRST: Day = 20240101;
const LAST: Day = 20251231;
const DROP: Day = 20251001;
/** Customer k of an area uses 8 + 2k kWh a day (8, 10, 12, 14): a band with spread. */
const use = (k: number) => 8 + 2 * k;

let db: Db;
beforeAll(() => {
  const ws = new TestWorkspace().area('A1', 'North', 'F1').area('A2', 'South', null);
  const supply = ws.db.prepare('INSERT INTO area_supply (area_id, day, supplied_kwh, import_id) VALUES (?, ?, ?, 1)');
  for (const area of ['A1', 'A2']) {
    for (let k = 0; k < 4; k++) {
      const id = `${area}K${k}`;
      ws.customer({ id, area });
      const days = new Map<Day, number>();
      for (let d = FIRST; d <= LAST; d = addDays(d, 1)) days.set(d, id === 'A1K0' && d >= DROP ? use(k) / 2 : use(k));
      ws.daily(`M${id}`, days);
    }
    for (let d = FIRST; d <= LAST; d = addDays(d, 1)) supply.run(area, d, 44 * 1.05);
  }
  ws.db.prepare(`INSERT INTO bills (customer_id, month, kwh, billed_yuan, paid_yuan, import_id) VALUES ('A1K0', 202511, 124, 69.44, 69.44, 1)`).run();
  ws.db.prepare(`INSERT INTO meter_events (meter_id, type, type_raw, start_ts, end_ts, import_id) VALUES ('MA1K0', 'cover_open', '开表盖', 202509301200, 202509301210, 1)`).run();
  ws.db.prepare(`INSERT INTO theft_score_runs (created_at, as_of, customers, supervised, labels, detail) VALUES ('now', 20251231, 8, 0, 0, '{}')`).run();
  const score = ws.db.prepare(`INSERT INTO theft_scores (run_id, customer_id, rank, score, unsupervised, loss_kwh, change_day, reasons, indicators) VALUES (1, ?, ?, ?, ?, ?, ?, '[]', '{}')`);
  score.run('A1K0', 1, 0.9, 0.9, 450, DROP);
  score.run('A2K1', 2, 0.2, 0.2, 0, null);
  ws.refresh();
  db = ws.db;
});

describe('area line loss', () => {
  it('is (supplied - consumed) / supplied by month and by day', () => {
    const a2 = areaMonthlyLoss(db, 'A2').get('A2')!;
    expect(a2).toHaveLength(24);
    for (const m of a2) expect(m.lossRate).toBeCloseTo(0.05 / 1.05, 6);
    const a1 = areaMonthlyLoss(db).get('A1')!;
    const november = a1.find((m) => m.month === 202511)!;
    expect(november.consumedKwh).toBeCloseTo(30 * (44 - 4), 6);
    expect(november.lossRate).toBeCloseTo((46.2 - 40) / 46.2, 6);
    const daily = areaDailyLoss(db, 'A1', 20250929, 20251002);
    expect(daily.map((d) => d.period)).toEqual(['2025-09-29', '2025-09-30', '2025-10-01', '2025-10-02']);
    expect(daily.map((d) => d.consumedKwh)).toEqual([44, 44, 40, 40]);
    expect(daily[3]!.lossRate).toBeCloseTo((46.2 - 40) / 46.2, 6);
  });

  it('finds the area whose loss rose, by how much, and its suspects', () => {
    const rising = risingAreas(db, { recentMonths: 3, baselineMonths: 24, minRisePoints: 0.5, minZ: 2, suspectsPerArea: 3 });
    expect(rising.map((a) => a.areaId)).toEqual(['A1']);
    const [a1] = rising;
    expect(a1).toMatchObject({ name: 'North', feederId: 'F1' });
    expect(a1!.recentMonths).toEqual(['2025-10', '2025-11', '2025-12']);
    expect(a1!.baselineMonths).toHaveLength(21);
    expect(a1!.risePoints).toBeCloseTo(100 * ((46.2 - 40) / 46.2 - 0.05 / 1.05), 1);
    expect(a1!.suspects).toEqual({ runId: 1, count: 1, top: [{ customerId: 'A1K0', name: null, rank: 1, score: 0.9, lossKwh: 450 }] });
    // A stricter threshold than the rise flags nothing.
    expect(risingAreas(db, { recentMonths: 3, baselineMonths: 24, minRisePoints: 20, minZ: 2, suspectsPerArea: 3 })).toEqual([]);
  });
});

describe('case evidence', () => {
  it('gives the year of daily energy with the change day, the peer band, the area loss, events and bills', () => {
    const e = caseEvidence(db, 'A1K0');
    expect(e).toMatchObject({ from: formatDay(addDays(LAST, -364)), to: '2025-12-31', changeDay: '2025-10-01', areaId: 'A1' });
    expect(e.days).toHaveLength(365);
    // The series sums to the daily_energy rows of the window (SQL total_kwh of whole months).
    const sum = e.days.filter((d) => d.day >= '2025-01-01').reduce((s, d) => s + (d.kwh ?? 0), 0);
    const sql = db.prepare(`SELECT sum(total_kwh) FROM daily_energy WHERE meter_id = 'MA1K0' AND month BETWEEN 202501 AND 202512`).pluck().get() as number;
    expect(sum).toBeCloseTo(sql, 6);
    expect(e.days.find((d) => d.day === '2025-10-01')!.kwh).toBe(4);
    // Three peers in the area are too few: the category (seven customers: 10, 12, 14 twice and 8).
    expect(e.peers).toEqual({ basis: 'category', count: 7 });
    expect(e.days[0]).toMatchObject({ p25: 10, p50: 12, p75: 13 });
    expect(e.areaLossMonthly).toHaveLength(24);
    expect(e.areaLossDaily).toHaveLength(365);
    expect(e.events).toEqual([{ meterId: 'MA1K0', type: 'cover_open', typeRaw: '开表盖', start: '2025-09-30T12:00', end: '2025-09-30T12:10' }]);
    expect(e.bills).toEqual([expect.objectContaining({ month: '2025-11', kwh: 124, billedYuan: 69.44 })]);
  });

  it('refuses an unknown customer', () => {
    expect(() => caseEvidence(db, 'nobody')).toThrow(expect.objectContaining({ code: 'cases.unknown_customer' }));
  });
});
