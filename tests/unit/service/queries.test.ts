// The service queries' aggregates on a tiny workspace whose tickets are known one by one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../engine/store/database.js';
import { channels } from '../../../engine/service/queries/channels.js';
import { heatmap } from '../../../engine/service/queries/heatmap.js';
import { ticketsPage } from '../../../engine/service/queries/tickets.js';
import { trends } from '../../../engine/service/queries/trends.js';
import { volume } from '../../../engine/service/queries/volume.js';
import { removeTempDirs } from '../../helpers/tempDirs.js';
import { serviceWorkspace } from './serviceWorkspace.js';

let db: Db;

beforeAll(() => {
  // 2025-03-03 is a Monday, 2025-03-09 a Sunday.
  db = serviceWorkspace([
    { id: 'T1', customer: 'C1', ts: 202503030905, type: 'complaint', channel: 'phone_95598', text: '电费太高', satisfaction: 1, hours: 10 },
    { id: 'T2', customer: 'C1', ts: 202503031015, type: 'inquiry', channel: 'phone_95598', satisfaction: 4, hours: 2 },
    { id: 'T3', customer: 'C1', ts: 202503092359, type: 'complaint', channel: 'app', satisfaction: 2, hours: 30 },
    { id: 'T4', customer: 'C2', ts: 202503100800, type: 'repair', channel: 'wechat', satisfaction: 5, hours: 1 },
    { id: 'T5', customer: 'C3', ts: 202504011200, type: 'complaint', channel: 'counter', text: '停电没有通知', hours: 20 },
    { id: 'T6', customer: 'M9', ts: 202504011300, type: null, channel: null },
  ]);
});

afterAll(() => {
  db.close();
  removeTempDirs();
});

describe('ticket volume', () => {
  it('counts by type, channel, area, category and week', () => {
    const v = volume(db, {}, 'week');
    expect(v.total).toBe(6);
    expect(v.byType).toEqual([
      { key: 'complaint', count: 3 },
      { key: 'inquiry', count: 1 },
      { key: 'repair', count: 1 },
      { key: 'unknown', count: 1 },
    ]);
    expect(v.byArea).toEqual([
      { key: 'A1', count: 4 },
      { key: 'A2', count: 1 },
      { key: 'unknown', count: 1 },
    ]);
    expect(v.byChannel.find((k) => k.key === 'phone_95598')?.count).toBe(2);
    // Monday 3rd to Sunday 9th is one week; the 10th starts the next.
    expect(v.series.map((s) => [s.period, s.count])).toEqual([
      ['2025-03-03', 3],
      ['2025-03-10', 1],
      ['2025-03-31', 2],
    ]);
    expect(v.series[0]!.byType).toEqual({ complaint: 2, inquiry: 1 });
  });

  it('filters by days, types, channels, area and category', () => {
    expect(volume(db, { from: '2025-03-09', to: '2025-03-10' }, 'day').total).toBe(2);
    expect(volume(db, { types: ['complaint'], channels: ['app', 'counter'] }, 'month').series).toEqual([
      { period: '2025-03', count: 1, byType: { complaint: 1 } },
      { period: '2025-04', count: 1, byType: { complaint: 1 } },
    ]);
    expect(volume(db, { areaId: 'A1', category: 'residential' }, 'month').total).toBe(4);
  });
});

describe('contact heat map', () => {
  it('puts each ticket in its weekday and hour; the cells sum to the tickets', () => {
    const h = heatmap(db, {});
    expect(h.total).toBe(6);
    expect(h.counts.flat().reduce((a, b) => a + b, 0)).toBe(6);
    expect(h.counts[0]![9]).toBe(1);
    expect(h.counts[0]![10]).toBe(1);
    expect(h.counts[6]![23]).toBe(1);
    expect(h.counts[1]![12]).toBe(1); // 2025-04-01, a Tuesday
  });
});

describe('channel preference', () => {
  it('prefers the channel used most, on a tie the latest, per category', () => {
    const c = channels(db, {}, 'category');
    const residential = c.groups.find((g) => g.group === 'residential')!;
    expect(residential).toMatchObject({ customers: 2, tickets: 4, ticketsByChannel: { phone_95598: 2, app: 1, wechat: 1 } });
    expect(residential.preferredShare).toEqual({ phone_95598: 0.5, wechat: 0.5, app: 0 });
    // Complaints alone: C1's phone and app tie at one each, and its latest came by app.
    const complaints = channels(db, { types: ['complaint'] }, 'category');
    expect(complaints.groups.find((g) => g.group === 'residential')).toMatchObject({ customers: 1, preferredShare: { app: 1, phone_95598: 0 } });
  });

  it('refuses segments before any segmentation run', () => {
    expect(() => channels(db, {}, 'segment')).toThrow(expect.objectContaining({ code: 'segments.run_not_found' }));
  });

  it('groups by the latest segmentation run’s clusters, unsegmented customers as none', () => {
    const run = (id: number) => db.prepare("INSERT INTO segment_runs (run_id, created_at, from_day, to_day, customers, detail) VALUES (?, '', 20250101, 20250301, 2, '{}')").run(id);
    const segment = db.prepare('INSERT INTO customer_segments (run_id, customer_id, category, cluster, cluster_name, distance) VALUES (?, ?, ?, 0, ?, 0)');
    run(1);
    run(2);
    segment.run(1, 'C1', 'residential', 'night_load');
    segment.run(2, 'C1', 'residential', 'evening_peak');
    segment.run(2, 'C3', 'commercial', 'daytime_flat');
    const c = channels(db, {}, 'segment');
    expect(c.runId).toBe(2);
    expect(c.groups.map((g) => [g.group, g.customers, g.tickets])).toEqual([
      ['none', 2, 2], // C2 and the meter without an archive
      ['daytime_flat', 1, 1],
      ['evening_peak', 1, 3],
    ]);
    expect(channels(db, {}, 'segment', 1).groups.find((g) => g.group === 'night_load')?.customers).toBe(1);
    expect(() => channels(db, {}, 'segment', 9)).toThrow(expect.objectContaining({ code: 'segments.run_not_found' }));
  });
});

describe('handling and satisfaction trends', () => {
  it('gives the monthly mean and p90 of handling and the share rated 2 or less', () => {
    const rows = trends(db, {}, 'type').rows;
    const march = rows.find((r) => r.month === '2025-03' && r.group === 'all')!;
    expect(march).toMatchObject({ tickets: 4, handled: 4, handlingMean: 10.75, handlingP90: 30, rated: 4, satisfactionMean: 3, lowSatisfactionShare: 0.5 });
    const complaints = rows.find((r) => r.month === '2025-03' && r.group === 'complaint')!;
    expect(complaints).toMatchObject({ tickets: 2, handlingMean: 20, handlingP90: 30, lowSatisfactionShare: 1 });
    const april = rows.find((r) => r.month === '2025-04' && r.group === 'all')!;
    expect(april).toMatchObject({ tickets: 2, handled: 1, handlingP90: 20, rated: 0, satisfactionMean: null, lowSatisfactionShare: null });
  });
});

describe('ticket page', () => {
  it('lists the latest first and finds text', () => {
    const page = ticketsPage(db, { offset: 0, limit: 2 });
    expect(page.total).toBe(6);
    expect(page.rows.map((r) => r.ticketId)).toEqual(['T6', 'T5']);
    expect(page.rows[1]!.time).toBe('2025-04-01T12:00');
    expect(ticketsPage(db, { search: '停电', offset: 0, limit: 10 }).rows.map((r) => r.ticketId)).toEqual(['T5']);
    expect(ticketsPage(db, { customerId: 'C1', types: ['complaint'], offset: 0, limit: 10 }).total).toBe(2);
    expect(ticketsPage(db, { search: '100%', offset: 0, limit: 10 }).total).toBe(0);
  });
});
