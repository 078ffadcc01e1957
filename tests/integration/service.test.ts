// Customer-service analytics through the Engine on a small demo: the tag job and every query,
// their shapes and their sums checked against the raw tickets table.
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/host/engine.js';
import { serviceTagKinds } from '../../engine/api/serviceTypes.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let raw: Database.Database;
let tickets: number;

beforeAll(async () => {
  engine = createTestEngine();
  const file = path.join(makeTempDir(), 'service.workbench');
  await engine.runJob('demo.create', { path: file, seed: 3, customers: 400, days: 400 });
  await engine.call('workspace.open', { path: file });
  raw = new Database(file, { readonly: true });
  tickets = (raw.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n;
}, 120_000);

afterAll(async () => {
  raw.close();
  await closeTestEngines();
  removeTempDirs();
});

describe('ticket analytics', () => {
  it('count every ticket once by type, channel, category and period', async () => {
    expect(tickets).toBeGreaterThan(100);
    const v = await engine.call('service.volume', { grain: 'week' });
    const sum = (rows: { count: number }[]) => rows.reduce((a, r) => a + r.count, 0);
    expect(v.total).toBe(tickets);
    expect([sum(v.byType), sum(v.byChannel), sum(v.byCategory), sum(v.series)]).toEqual([tickets, tickets, tickets, tickets]);
    const complaints = (raw.prepare("SELECT count(*) AS n FROM tickets WHERE type = 'complaint'").get() as { n: number }).n;
    expect(v.byType.find((k) => k.key === 'complaint')?.count).toBe(complaints);
    expect((await engine.call('service.volume', { types: ['complaint'] })).total).toBe(complaints);
  });

  it('spread every ticket over the heat map', async () => {
    const h = await engine.call('service.heatmap', {});
    expect(h.counts).toHaveLength(7);
    expect(h.counts.every((row) => row.length === 24)).toBe(true);
    expect(h.counts.flat().reduce((a, b) => a + b, 0)).toBe(tickets);
  });

  it('give each customer with tickets one preferred channel', async () => {
    const c = await engine.call('service.channels', { by: 'category' });
    const customers = (raw.prepare('SELECT count(DISTINCT customer_id) AS n FROM tickets WHERE customer_id IS NOT NULL').get() as { n: number }).n;
    expect(c.groups.reduce((a, g) => a + g.customers, 0)).toBe(customers);
    for (const g of c.groups) expect(Object.values(g.preferredShare).reduce((a, b) => a! + b!, 0)).toBeCloseTo(1, 9);
  });

  it('trend handling and satisfaction by month', async () => {
    const t = await engine.call('service.trends', { by: 'channel' });
    const all = t.rows.filter((r) => r.group === 'all');
    expect(all.reduce((a, r) => a + r.tickets, 0)).toBe(tickets);
    for (const r of all) {
      if (r.handlingMean !== null) expect(r.handlingP90!).toBeGreaterThanOrEqual(0);
      if (r.lowSatisfactionShare !== null) expect(r.lowSatisfactionShare).toBeLessThanOrEqual(1);
    }
  });

  it('page a customer’s tickets', async () => {
    const { customer_id: customerId, n } = raw.prepare('SELECT customer_id, count(*) AS n FROM tickets GROUP BY 1 ORDER BY 2 DESC LIMIT 1').get() as { customer_id: string; n: number };
    const page = await engine.call('service.tickets', { customerId, limit: 1 });
    expect(page.total).toBe(n);
    expect(page.rows).toHaveLength(1);
    await expect(engine.call('service.tickets', { from: '2025-02-30' })).rejects.toMatchObject({ code: 'validation' });
  });
});

describe('sensitive-customer tags', () => {
  it('are computed by the job and read back with their evidence', async () => {
    const result = await engine.runJob('service.tag', {});
    expect(result.params).toEqual({ repeatCount: 3, repeatDays: 30, outageDays: 7, highBillFactor: 1.5, highBillDays: 45 });
    expect(result.counts.map((c) => c.tag)).toEqual([...serviceTagKinds]);
    expect(result.customers).toBeGreaterThan(0);
    // The demo's customers chasing an unanswered high-bill complaint (催办) call 3 times within 30 days.
    expect(result.counts.find((c) => c.tag === 'repeat_contact')?.customers).toBeGreaterThan(0);
    const stored = (raw.prepare('SELECT count(DISTINCT customer_id) AS n FROM customer_tags').get() as { n: number }).n;
    expect(stored).toBe(result.customers);

    const page = await engine.call('service.tags', { limit: 5 });
    expect(page.total).toBe(result.customers);
    expect(page.run?.taggedAt).toBe(result.taggedAt);
    const first = await engine.call('service.customerTags', { customerId: page.rows[0]!.customerId });
    expect(first.tags.map((t) => t.tag)).toEqual(page.rows[0]!.tags.map((t) => t.tag));
    for (const tag of first.tags) expect(tag.evidence.tag).toBe(tag.tag);

    const links = await engine.call('service.links', {});
    const linked = (tag: string) => (raw.prepare('SELECT coalesce(sum(count), 0) AS n FROM customer_tags WHERE tag = ?').get(tag) as { n: number }).n;
    expect(links.outages.total).toBe(linked('complaint_after_outage'));
    expect(links.highBills.total).toBe(linked('complaint_after_high_bill'));
    expect(links.outages.total + links.highBills.total).toBeGreaterThan(0);
  });

  it('use the escalation words the analyst saves', async () => {
    expect((await engine.call('service.escalationWords', {})).source).toBe('builtin');
    const saved = await engine.runJob('service.saveEscalationWords', { words: ['电费'] });
    expect(saved).toEqual({ words: ['电费'], source: 'workspace' });
    const result = await engine.runJob('service.tag', { repeatCount: 2, repeatDays: 60 });
    const withFee = (raw.prepare("SELECT count(DISTINCT customer_id) AS n FROM tickets WHERE text LIKE '%电费%'").get() as { n: number }).n;
    expect(result.counts.find((c) => c.tag === 'escalation')?.customers).toBe(withFee);
    expect((await engine.runJob('service.saveEscalationWords', { reset: true })).source).toBe('builtin');
  });
});
