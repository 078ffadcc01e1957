// Theft scoring on a small demo workspace: the injected thieves (meta 'demo_truth') rank high;
// the score job saves a run that the queries page, filter and open; and the same scoring on a
// workspace of daily consumption alone and of interval curves alone (no archive: the meter
// numbers stand in for customers), and on a month of curves, too short for weeks.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoTruth } from '../../engine/demo/truth.js';
import type { Engine } from '../../engine/host/engine.js';
import { getMeta, openWorkspaceDb, type Db } from '../../engine/store/database.js';
import { float32FromBlob, toBlob } from '../../engine/store/series.js';
import { auc } from '../../engine/theft/evaluation/metrics.js';
import { indicatorCodes } from '../../engine/theft/types.js';
import { scoreWorkspace, type ScoreResult } from '../../engine/theft/scoreWorkspace.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let dir: string;
let demo: string;
let truth: DemoTruth;

beforeAll(async () => {
  engine = createTestEngine();
  dir = makeTempDir();
  demo = path.join(dir, 'demo.workbench');
  await engine.runJob('demo.create', { path: demo, seed: 5, customers: 700, days: 420, open: false });
  const db = openWorkspaceDb(demo, { readonly: true });
  truth = JSON.parse(getMeta(db, 'demo_truth')!) as DemoTruth;
  db.close();
}, 300_000);

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

function scored(file: string, asOf?: number): ScoreResult {
  const db = openWorkspaceDb(file, { readonly: true });
  try {
    return scoreWorkspace(db, asOf === undefined ? {} : { asOf });
  } finally {
    db.close();
  }
}

function aucOf(result: ScoreResult, thieves: Set<string>): number {
  return auc(result.suspects.map((s) => ({ score: s.score, positive: thieves.has(s.unit.id) })));
}

/** A workspace holding copies of some of the demo's tables, its meters without customers (no archive). */
function partialCopy(name: string, copy: (db: Db) => void): string {
  const file = path.join(dir, name);
  const db = openWorkspaceDb(file, { create: true });
  db.prepare('ATTACH DATABASE ? AS demo').run(demo);
  copy(db);
  db.exec('DETACH DATABASE demo');
  db.close();
  return file;
}

describe('the demo workspace', () => {
  it('ranks the injected thieves high', () => {
    const result = scored(demo);
    const thieves = new Set(truth.thefts.map((t) => t.customerId));
    expect(result.units).toBe(700);
    expect(thieves.size).toBeGreaterThanOrEqual(8);
    expect(aucOf(result, thieves)).toBeGreaterThan(0.8);
    // Half the thieves among the 10% most suspicious.
    const top = [...result.suspects].sort((a, b) => b.score - a.score).slice(0, 70);
    expect(top.filter((s) => thieves.has(s.unit.id)).length).toBeGreaterThanOrEqual(thieves.size / 2);
    expect(result.suspects.map((s) => s.rank)).toEqual(result.suspects.map((_, i) => i + 1));
    // A thief's top reason is an indicator it has, with its sentence.
    const thief = result.suspects.find((s) => thieves.has(s.unit.id) && s.reasons.length > 0)!;
    expect(thief.indicators.map((i) => i.code)).toContain(thief.reasons[0]!.code);
    expect(thief.reasons[0]!.message.length).toBeGreaterThan(10);
  });

  it('scores as of an earlier day without reading later days', () => {
    const result = scored(demo, 20250630);
    expect(result.asOf).toBe(20250630);
    expect(result.detail.period.to).toBe('2025-06-30');
    for (const s of result.suspects) if (s.changeDay !== null) expect(s.changeDay).toBeLessThanOrEqual(20250630);
  });
});

describe('the score job and its queries', () => {
  it('saves a run, lists it, pages its suspects with filters and opens one', async () => {
    await engine.openWorkspace(demo);
    const info = await engine.runJob('theft.score', {});
    expect(info.runId).toBeGreaterThan(0);
    expect(info).toMatchObject({ customers: 700, asOf: '2025-12-31', csvPath: null });
    expect(info.indicators.own_drop!.computed).toBe(700);
    const runs = await engine.call('theft.runs', {});
    expect(runs[0]!.runId).toBe(info.runId);

    const page = await engine.call('theft.suspects', { limit: 20 });
    expect(page.total).toBe(700);
    expect(page.rows.map((r) => r.rank)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const byScore = await engine.call('theft.suspects', { sort: 'score', limit: 50 });
    for (let i = 1; i < byScore.rows.length; i++) expect(byScore.rows[i]!.score).toBeLessThanOrEqual(byScore.rows[i - 1]!.score);
    const commercial = await engine.call('theft.suspects', { category: 'commercial', minScore: 0.2 });
    expect(commercial.rows.length).toBeGreaterThan(0);
    for (const r of commercial.rows) expect(r.category === 'commercial' && r.score >= 0.2).toBe(true);
    const withEvents = await engine.call('theft.suspects', { reason: 'meter_events' });
    for (const r of withEvents.rows) expect(r.reasons.map((x) => x.code)).toContain('meter_events');
    const one = await engine.call('theft.suspects', { search: page.rows[0]!.customerId });
    expect(one.rows.map((r) => r.customerId)).toEqual([page.rows[0]!.customerId]);

    const detail = await engine.call('theft.suspect', { customerId: page.rows[0]!.customerId });
    expect(detail.rank).toBe(1);
    expect(detail.indicators).toHaveLength(indicatorCodes.length);
    await expect(engine.call('theft.suspect', { runId: 999, customerId: 'x' })).rejects.toMatchObject({ code: 'theft.run_not_found' });
  });
});

describe('workspaces without an archive', () => {
  it('daily consumption alone: meter numbers stand in, the indicators that need more are skipped', () => {
    const file = partialCopy('daily-only.workbench', (db) => {
      db.exec(`INSERT INTO meters (meter_id, customer_id, multiplier, import_id, stand_in) SELECT meter_id, NULL, multiplier, 1, 0 FROM demo.meters;
               INSERT INTO daily_energy SELECT * FROM demo.daily_energy;`);
    });
    const result = scored(file);
    const meters = new Set(truth.thefts.map((t) => t.meterId));
    expect(result.units).toBe(700);
    expect(result.suspects.every((s) => s.unit.kind === 'meter' && s.unit.id === s.unit.meters[0])).toBe(true);
    expect(result.detail.has).toMatchObject({ archive: false, curves: false, events: false, areas: false, labels: false });
    expect(result.detail.indicators.flat_load!.computed).toBe(0);
    expect(result.detail.indicators.below_capacity!.computed).toBe(0);
    expect(result.supervised).toBe(false);
    expect(aucOf(result, meters)).toBeGreaterThan(0.7);
  });

  it('interval curves alone (and the daily energy their import derives): shape indicators are computed', () => {
    // Importing interval load also writes each day's energy to daily_energy (source 3).
    const file = partialCopy('curves-only.workbench', (db) => {
      db.exec(`INSERT INTO meters (meter_id, customer_id, multiplier, import_id, stand_in)
                 SELECT DISTINCT meter_id, NULL, 1, 1, 0 FROM demo.interval_load;
               INSERT INTO interval_load SELECT * FROM demo.interval_load;
               INSERT INTO daily_energy (meter_id, month, kwh, source, registers, readings, multiplier, days, total_kwh, import_id)
                 SELECT meter_id, month, kwh, source, 0, NULL, NULL, days, total_kwh, 1 FROM demo.daily_energy
                 WHERE meter_id IN (SELECT meter_id FROM meters);`);
    });
    const result = scored(file);
    const curveMeters = result.suspects.map((s) => s.unit.id);
    expect(result.units).toBeGreaterThan(50);
    expect(result.detail.has.curves).toBe(true);
    expect(result.detail.indicators.shape_change!.computed).toBe(result.units);
    const thieves = new Set(truth.thefts.map((t) => t.meterId).filter((m) => curveMeters.includes(m)));
    if (thieves.size > 0) expect(aucOf(result, thieves)).toBeGreaterThan(0.7);
  });
});

describe('a month of curves (too short for weeks: changes looked for day by day)', () => {
  it('finds meters whose last six days are reversed, and says so', () => {
    const file = partialCopy('month-of-curves.workbench', (db) => {
      db.exec(`CREATE TEMP TABLE last_month AS SELECT max(month) AS month FROM demo.daily_energy;
               INSERT INTO meters (meter_id, customer_id, multiplier, import_id, stand_in)
                 SELECT DISTINCT meter_id, NULL, 1, 1, 0 FROM demo.interval_load;
               INSERT INTO interval_load SELECT * FROM demo.interval_load WHERE day / 100 = (SELECT month FROM last_month);
               INSERT INTO daily_energy (meter_id, month, kwh, source, registers, readings, multiplier, days, total_kwh, import_id)
                 SELECT meter_id, month, kwh, source, 0, NULL, NULL, days, total_kwh, 1 FROM demo.daily_energy
                 WHERE month = (SELECT month FROM last_month) AND meter_id IN (SELECT meter_id FROM meters);`);
      const thieves = new Set(truth.thefts.map((t) => t.meterId));
      const meters = (db.prepare('SELECT DISTINCT meter_id AS m FROM interval_load ORDER BY meter_id').all() as { m: string }[]).map((r) => r.m);
      const victims = meters.filter((m) => !thieves.has(m)).slice(0, 4);
      const last = (db.prepare('SELECT max(day) AS d FROM interval_load').get() as { d: number }).d;
      const rows = db.prepare('SELECT meter_id AS meter, day, kw FROM interval_load WHERE meter_id = ? AND day > ?');
      const update = db.prepare('UPDATE interval_load SET kw = ? WHERE meter_id = ? AND day = ?');
      for (const meter of victims) {
        for (const r of rows.all(meter, last - 6) as { meter: string; day: number; kw: Uint8Array }[]) {
          update.run(toBlob(Float32Array.from(float32FromBlob(r.kw)).reverse()), r.meter, r.day);
        }
      }
      db.prepare(`INSERT INTO meta (key, value) VALUES ('test_victims', ?)`).run(JSON.stringify(victims));
    });
    const db = openWorkspaceDb(file, { readonly: true });
    const victims = new Set(JSON.parse(getMeta(db, 'test_victims')!) as string[]);
    db.close();
    const result = scored(file);
    expect(result.detail.period.from.slice(8)).toBe('01');
    expect(result.detail.indicators.reversed_day!.computed).toBeGreaterThan(50);
    const honestThieves = new Set(truth.thefts.map((t) => t.meterId));
    const ranked = result.suspects.filter((s) => victims.has(s.unit.id) || !honestThieves.has(s.unit.id));
    expect(auc(ranked.map((s) => ({ score: s.score, positive: victims.has(s.unit.id) })))).toBeGreaterThan(0.9);
    for (const s of ranked.filter((x) => victims.has(x.unit.id))) expect(s.reasons.map((r) => r.code)).toContain('reversed_day');
  });
});
