// The area view and event analytics through the Engine on a small demo workspace: the demo's
// thieves raise their areas' line loss, and the areas flagged are theirs; the abnormal-event
// queue and the area risk ranking are well-formed.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/host/engine.js';
import { openWorkspaceDb } from '../../engine/store/database.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let file: string;

beforeAll(async () => {
  engine = createTestEngine();
  file = path.join(makeTempDir(), 'grid.workbench');
  await engine.runJob('demo.create', { path: file, seed: 1, customers: 600, days: 400, open: false });
  await engine.openWorkspace(file);
}, 300_000);

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

interface Truth {
  thefts: { customerId: string; startDate: string; endDate: string | null }[];
}

describe('line loss per area', () => {
  it('gives every area its monthly loss rate', async () => {
    const areas = await engine.call('grid.areaLoss', {});
    const db = openWorkspaceDb(file, { readonly: true });
    expect(areas).toHaveLength(db.prepare('SELECT COUNT(DISTINCT area_id) FROM agg_area_supply_monthly').pluck().get() as number);
    db.close();
    for (const a of areas) for (const p of a.points) if (p.lossRate !== null) expect(p.lossRate).toBeCloseTo((p.suppliedKwh - p.consumedKwh) / p.suppliedKwh, 3);
  });

  it('flags areas whose loss rose, each holding a thief still stealing in the recent months', async () => {
    const rising = await engine.call('grid.risingAreas', {});
    expect(rising.length).toBeGreaterThan(0);
    const db = openWorkspaceDb(file, { readonly: true });
    const truth = JSON.parse(db.prepare(`SELECT value FROM meta WHERE key = 'demo_truth'`).pluck().get() as string) as Truth;
    const areaOf = new Map((db.prepare('SELECT customer_id, area_id FROM customers').all() as { customer_id: string; area_id: string }[]).map((c) => [c.customer_id, c.area_id]));
    db.close();
    for (const area of rising) {
      const recentFrom = `${area.recentMonths[0]}-01`;
      const thieves = truth.thefts.filter((t) => areaOf.get(t.customerId) === area.areaId && (t.endDate === null || t.endDate >= recentFrom));
      expect(thieves.length, `area ${area.areaId}`).toBeGreaterThan(0);
      expect(area.risePoints).toBeGreaterThanOrEqual(0.5);
      expect(area.suspects).toBeNull(); // no score run yet
    }
    // Sorted by rise.
    expect(rising.map((a) => a.risePoints)).toEqual([...rising.map((a) => a.risePoints)].sort((a, b) => b - a));
  });
});

describe('event analytics', () => {
  it('counts events, queues the tamper-type ones newest first and ranks areas by risk', async () => {
    const counts = await engine.call('grid.eventCounts', {});
    const total = counts.byType.reduce((s, t) => s + t.count, 0);
    expect(counts.byArea.reduce((s, a) => s + a.count, 0)).toBe(total);
    expect(counts.byMonth.reduce((s, m) => s + m.count, 0)).toBe(total);
    const queue = await engine.call('grid.eventQueue', { limit: 1000 });
    expect(queue.total).toBeGreaterThan(0);
    expect(queue.rows.map((r) => r.start)).toEqual([...queue.rows.map((r) => r.start)].sort().reverse());
    expect(new Set(queue.rows.map((r) => r.type))).not.toContain('power_off');
    const risk = await engine.call('grid.areaRisk', { limit: 10 });
    expect(risk.map((r) => r.rank)).toEqual(risk.map((_, i) => i + 1));
    expect(risk.map((r) => r.risk)).toEqual([...risk.map((r) => r.risk)].sort((a, b) => b - a));
    expect(risk[0]!.reasons.length).toBeGreaterThan(0);
  });
});
