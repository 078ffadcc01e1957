// Event analytics (engine/theft/events) on a constructed workspace: counts, the abnormal-event
// queue and the outage and fault risk ranking of three areas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type Day } from '../../../engine/core/calendar.js';
import type { Db } from '../../../engine/store/database.js';
import { eventCounts } from '../../../engine/theft/events/counts.js';
import { eventQueue } from '../../../engine/theft/events/queue.js';
import { areaRisk } from '../../../engine/theft/events/risk.js';
import { removeTempDirs } from '../../helpers/tempDirs.js';
import { TestWorkspace } from '../forecast/dataWorkspace.js';

afterAll(removeTempDirs);

let db: Db;
beforeAll(() => {
  // Three areas of 100 kVA, two meters each, a year of supply. A (outages): six area outages
  // recorded by both meters. B (loading): a curve peak of 95 kW. C: quiet.
  const ws = new TestWorkspace();
  for (const area of ['A', 'B', 'C']) {
    ws.area(area, `area ${area}`, null);
    ws.customer({ id: `${area}1`, area }).customer({ id: `${area}2`, area });
  }
  db = ws.db;
  db.prepare('UPDATE areas SET capacity_kva = 100').run();
  const supply = db.prepare('INSERT INTO area_supply (area_id, day, supplied_kwh, import_id) VALUES (?, ?, ?, 1)');
  for (let d: Day = 20250101; d <= 20251231; d = addDays(d, 1)) for (const area of ['A', 'B', 'C']) supply.run(area, d, area === 'B' && d === 20250715 ? 1200 : 400);
  // B's peak day: each meter's curve peaks at 47.5 kW at 19:00.
  for (const meter of ['MB1', 'MB2']) ws.curve(meter, 20250715, Array.from({ length: 96 }, (_, q) => (q >= 76 && q < 80 ? 47.5 : 10)));
  const event = db.prepare('INSERT INTO meter_events (meter_id, type, type_raw, start_ts, end_ts, import_id) VALUES (?, ?, ?, ?, ?, 1)');
  for (let k = 0; k < 6; k++) for (const meter of ['MA1', 'MA2']) event.run(meter, 'power_off', '停电', 202502010800 + k * 1000000, null);
  event.run('MA1', 'voltage_loss', '失压', 202503011000, 202503011100);
  event.run('MC1', 'cover_open', '开表盖', 202506011200, 202506011205);
  event.run('MC2', 'magnetic_interference', '恒定磁场干扰', 202507020900, null);
  event.run('MB1', 'current_loss', '失流', 202505050100, 202505100100); // load present that day
  event.run('MB2', 'current_loss', '失流', 202505060100, 202505070100); // no consumption that day: not queued
  event.run('MX9', 'terminal_cover_open', '开端钮盒', 202508010000, null); // a meter without an archive entry
  ws.daily('MB1', new Map([[20250505, 12]]));
  ws.daily('MB2', new Map([[20250506, 0]]));
});

describe('event counts', () => {
  it('counts by type, area and month', () => {
    const c = eventCounts(db);
    expect(c.byType[0]).toEqual({ type: 'power_off', count: 12 });
    expect(c.byArea).toEqual([
      { areaId: 'A', count: 13 },
      { areaId: 'B', count: 2 },
      { areaId: 'C', count: 2 },
      { areaId: '', count: 1 },
    ]);
    expect(c.byMonth.find((m) => m.month === '2025-05')).toEqual({ month: '2025-05', count: 2 + 2 });
    expect(c.byMonthType).toContainEqual({ month: '2025-03', type: 'voltage_loss', count: 1 });
    expect(eventCounts(db, 20250601, 20250630).byType).toEqual([
      { type: 'power_off', count: 2 },
      { type: 'cover_open', count: 1 },
    ]);
  });
});

describe('the abnormal-event queue', () => {
  it('lists tamper-type events newest first, current loss only with load present', () => {
    const q = eventQueue(db, { offset: 0, limit: 10 });
    expect(q.rows.map((r) => [r.meterId, r.type])).toEqual([
      ['MX9', 'terminal_cover_open'],
      ['MC2', 'magnetic_interference'],
      ['MC1', 'cover_open'],
      ['MB1', 'current_loss'],
    ]);
    expect(q.total).toBe(4);
    expect(q.rows[1]).toEqual({ meterId: 'MC2', customerId: 'C2', customerName: null, areaId: 'C', type: 'magnetic_interference', typeRaw: '恒定磁场干扰', start: '2025-07-02T09:00', end: null });
    expect(q.rows[0]).toMatchObject({ customerId: null, areaId: null });
    expect(eventQueue(db, { areaId: 'C', offset: 1, limit: 5 })).toEqual({ total: 2, rows: [expect.objectContaining({ meterId: 'MC1' })] });
  });
});

describe('the area risk ranking', () => {
  it('ranks the outage-prone and the heavily loaded areas above the quiet one, with reasons', () => {
    const risk = areaRisk(db, 10);
    expect(risk.map((r) => r.areaId)).toEqual(['A', 'B', 'C']);
    expect(risk.map((r) => r.rank)).toEqual([1, 2, 3]);
    const [a, b, c] = risk;
    expect(a!.outagesPerYear).toBeCloseTo(6 / (365 / 365.25), 2); // six outages, each once although two meters record it
    expect(a!.reasons.map((r) => r.code)).toEqual(['frequent_outages', 'voltage_loss']);
    expect(b).toMatchObject({ peakKw: 95, loading: 0.95, peakDay: '2025-07-15' });
    expect(b!.reasons).toEqual([{ code: 'heavy_loading', loading: 0.95, peakKw: 95, capacityKva: 100 }]);
    // Without curves the peak day's average load stands in: 400 kWh / 24 h.
    expect(c).toMatchObject({ peakKw: 16.667, reasons: [] });
    expect(areaRisk(db, 1)).toHaveLength(1);
  });
});
