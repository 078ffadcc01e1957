// The segments.run job on a small demo workspace through the engine: it saves a run whose
// clusters, customers and single customer the queries read back consistently; a fixed k per
// category is honoured; unknown runs fail with segments.run_not_found.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/host/engine.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;

beforeAll(async () => {
  engine = createTestEngine();
  const demo = path.join(makeTempDir(), 'demo.workbench');
  await engine.runJob('demo.create', { path: demo, seed: 8, customers: 300, days: 120, open: false });
  await engine.call('workspace.open', { path: demo });
}, 300_000);

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

describe('segments', () => {
  it('runs, saves and reads back a segmentation', async () => {
    await expect(engine.call('segments.clusters', {})).rejects.toMatchObject({ code: 'segments.run_not_found' });
    const info = await engine.runJob('segments.run', { windowDays: 60 });
    expect(info.runId).toBeGreaterThan(0);
    expect(info.file).toBeNull();
    expect(info.windowDays).toBe(60);
    expect(info.days).toBe('weekdays');
    expect(info.customers).toBeGreaterThan(20);
    expect(info.categories.reduce((n, c) => n + c.profiles, 0)).toBe(info.customers);

    const runs = await engine.call('segments.runs', {});
    expect(runs[0]).toMatchObject({ runId: info.runId, customers: info.customers });

    const { run, categories } = await engine.call('segments.clusters', {});
    expect(run.runId).toBe(info.runId);
    for (const category of categories) {
      expect(category.clusters).toHaveLength(category.k);
      expect(category.clusters.reduce((n, c) => n + c.size, 0)).toBe(category.profiles);
      if (category.choice === 'silhouette') expect(category.scores.map((s) => s.k)[0]).toBe(2);
      for (const cluster of category.clusters) {
        expect(cluster.centroid).toHaveLength(24);
        expect(cluster.centroid.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
      }
    }

    const biggest = [...categories].sort((a, b) => b.profiles - a.profiles)[0]!;
    const page = await engine.call('segments.customers', { category: biggest.category, cluster: 0, limit: 5 });
    expect(page.total).toBe(biggest.clusters[0]!.size);
    expect(page.rows.length).toBe(Math.min(5, page.total));
    const distances = page.rows.map((r) => r.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(page.rows.every((r) => r.cluster === 0 && r.category === biggest.category && r.clusterName === biggest.clusters[0]!.name)).toBe(true);

    const all = await engine.call('segments.customers', { limit: 1000 });
    expect(all.total).toBe(info.customers);
    const prefix = page.rows[0]!.customerId.slice(0, -1);
    const searched = await engine.call('segments.customers', { search: prefix });
    expect(searched.rows.every((r) => r.customerId.startsWith(prefix))).toBe(true);
    expect(searched.total).toBeGreaterThan(0);

    const one = await engine.call('segments.customer', { customerId: page.rows[0]!.customerId });
    expect(one).toMatchObject({ runId: info.runId, customerId: page.rows[0]!.customerId, cluster: 0 });
    expect(one!.centroid).toEqual(biggest.clusters[0]!.centroid);
    expect(one!.profile).toHaveLength(24);
    const own = Math.sqrt(one!.profile!.reduce((s, v, h) => s + (v - one!.centroid[h]!) ** 2, 0));
    expect(own).toBeCloseTo(one!.distance, 4);
    expect(await engine.call('segments.customer', { customerId: 'no-such-customer' })).toBeNull();
  }, 120_000);

  it('honours a fixed k for a category and keeps older runs', async () => {
    const before = await engine.call('segments.clusters', {});
    const category = before.categories.find((c) => c.profiles >= 10)!.category;
    const info = await engine.runJob('segments.run', { windowDays: 60, days: 'all', fixedK: [{ category, k: 3 }] });
    const { categories } = await engine.call('segments.clusters', { runId: info.runId! });
    const fixed = categories.find((c) => c.category === category)!;
    expect(fixed).toMatchObject({ k: 3, choice: 'fixed', scores: [] });
    expect((await engine.call('segments.clusters', { runId: before.run.runId! })).run.days).toBe('weekdays');
    await expect(engine.call('segments.customers', { runId: 999 })).rejects.toMatchObject({ code: 'segments.run_not_found', details: { runId: 999 } });
  }, 120_000);
});
