// Arrears risk on a small demo workspace through the Engine and its workers: risk.train learns
// from the workspace's bills (features as of a day, serious arrears in the 6 months after it) and
// saves the model and a run per month-end; the demo's defaulters (meta 'demo_truth') rank high;
// risk.score writes the command line's CSV or saves a run; risk.deleteModel takes the runs along;
// a workspace of bills alone (no consumption, no tickets) trains too.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RiskTrainResult } from '../../engine/api/riskTypes.js';
import type { DemoTruth } from '../../engine/demo/truth.js';
import type { Engine } from '../../engine/host/engine.js';
import { getModel } from '../../engine/risk/store/models.js';
import { scoresOfRun, type ScoreRow } from '../../engine/risk/store/scores.js';
import { classMetrics } from '../../engine/risk/validation/metrics.js';
import { getMeta, openWorkspaceDb } from '../../engine/store/database.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let dir: string;
let demo: string;
let truth: DemoTruth;
let trained: RiskTrainResult;

beforeAll(async () => {
  engine = createTestEngine();
  dir = makeTempDir();
  demo = path.join(dir, 'demo.workbench');
  await engine.runJob('demo.create', { path: demo, seed: 11, customers: 700, days: 550, open: false });
  const db = openWorkspaceDb(demo, { readonly: true });
  truth = JSON.parse(getMeta(db, 'demo_truth')!) as DemoTruth;
  db.close();
  await engine.openWorkspace(demo);
  trained = await engine.runJob('risk.train', { history: 2 });
}, 300_000);

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

function read<T>(file: string, fn: (db: ReturnType<typeof openWorkspaceDb>) => T): T {
  const db = openWorkspaceDb(file, { readonly: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

function csvLines(file: string): string[] {
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n');
}

describe('risk.train on the demo workspace', () => {
  it('learns as of the horizon before the last observable month-end and saves the model with its target definition', () => {
    const { model } = trained;
    // The demo ends on 2025-12-31: November's bills (due 20 December) cannot be judged yet.
    expect(model).toMatchObject({ source: 'workspace', asOf: '2025-05-31', horizonMonths: 6, target: 'serious_arrears' });
    expect(model.bads).toBeGreaterThanOrEqual(20);
    expect(model.bads / model.rows).toBeLessThan(0.15);
    expect(model.scorecardAuc).toBeGreaterThan(0.7);
    const saved = read(demo, (db) => getModel(db, model.modelId));
    expect(saved.detail.targetDefinition).toEqual({ overdueDays: 30, minArrearsYuan: 50 });
    expect(saved.model.features.map((f) => f.name)).toContain('on_time_rate_12m');
  });

  it('scores every customer as of the latest month-end and the months before, a run each', () => {
    expect(trained.runs.map((r) => r.asOf)).toEqual(['2025-10-31', '2025-11-30', '2025-12-31']);
    const latest = trained.runs.at(-1)!;
    expect(latest.customers).toBe(700);
    expect(Object.values(latest.byGrade).reduce((s, n) => s + n, 0)).toBe(700);
    expect(latest.expectedLossYuan).toBeGreaterThan(0);
    const scores = read(demo, (db) => [...scoresOfRun(db, latest.runId)]);
    expect(scores).toHaveLength(700);
    expect(Math.round(scores.reduce((s, r) => s + r.outstandingYuan, 0))).toBe(Math.round(latest.outstandingYuan));
    const owing = scores.find((s) => s.outstandingYuan > 0)!;
    expect(owing.expectedLossYuan).toBeCloseTo(owing.probability * owing.outstandingYuan, 1);
    expect(Object.keys(owing.features)).toContain('arrears_yuan');
  });

  it('ranks the demo’s defaulters high in the latest run', () => {
    const scores: ScoreRow[] = read(demo, (db) => [...scoresOfRun(db, trained.runs.at(-1)!.runId)]);
    const defaulters = new Set(truth.defaulters);
    const target = Uint8Array.from(scores, (s) => (defaulters.has(s.customerId) ? 1 : 0));
    expect(classMetrics(Float64Array.from(scores, (s) => s.probability), target).auc).toBeGreaterThan(0.9);
    const byLoss = [...scores].sort((a, b) => b.expectedLossYuan - a.expectedLossYuan).slice(0, 100);
    expect(byLoss.filter((s) => defaulters.has(s.customerId)).length).toBeGreaterThanOrEqual(defaulters.size / 2);
  });
});

describe('risk.score', () => {
  it('writes id,probability,score,grade,reasons for every customer with `out`, saving nothing', async () => {
    const out = path.join(dir, 'scores.csv');
    const result = await engine.runJob('risk.score', { out });
    expect(result).toMatchObject({ run: null, csvPath: out, customers: 700, modelId: trained.model.modelId });
    const lines = csvLines(out);
    expect(lines[0]).toBe('id,probability,score,grade,reasons');
    expect(lines).toHaveLength(701);
    const ids = lines.slice(1).map((l) => l.split(',')[0]!);
    expect(ids).toEqual([...ids].sort());
    expect(lines[1]).toMatch(/^\d+,0\.\d{6},\d+(\.\d)?,[A-E],[a-z_0-9;]*$/);
    expect((await engine.call('risk.runs', {})).length).toBe(trained.runs.length);
  });

  it('saves a run as of a day asked for', async () => {
    const result = await engine.runJob('risk.score', { asOf: '2025-09-30' });
    expect(result.run).toMatchObject({ modelId: trained.model.modelId, asOf: '2025-09-30' });
    // Customers whose first bill came later are not scored as of September.
    expect(result.run!.customers).toBeGreaterThan(650);
    expect(result.run!.customers).toBeLessThanOrEqual(700);
  });

  it('deletes a model with its runs', async () => {
    expect(await engine.runJob('risk.deleteModel', { modelId: trained.model.modelId })).toEqual({ modelId: trained.model.modelId, deleted: true });
    expect(read(demo, (db) => db.prepare('SELECT count(*) AS n FROM risk_runs').get())).toEqual({ n: 0 });
    await expect(engine.runJob('risk.score', {})).rejects.toMatchObject({ code: 'risk.model_not_found' });
  });
});

describe('a workspace of bills and the archive alone', () => {
  it('trains in memory for the CSV, and trains and saves, with the consumption and ticket features missing', async () => {
    const file = path.join(dir, 'bills.workbench');
    const db = openWorkspaceDb(file, { create: true });
    db.prepare('ATTACH DATABASE ? AS demo').run(demo);
    db.exec('INSERT INTO customers SELECT * FROM demo.customers; INSERT INTO bills SELECT * FROM demo.bills;');
    db.exec('DETACH DATABASE demo');
    db.close();
    await engine.openWorkspace(file);
    const out = path.join(dir, 'bills-scores.csv');
    const scored = await engine.runJob('risk.score', { out });
    expect(scored).toMatchObject({ run: null, modelId: null, customers: 700 });
    expect(csvLines(out)).toHaveLength(701);
    const result = await engine.runJob('risk.train', { history: 0 });
    expect(result.runs).toHaveLength(1);
    const scores = read(file, (db) => [...scoresOfRun(db, result.runs[0]!.runId)]);
    expect(scores.every((s) => s.features.consumption_trend === undefined || s.features.consumption_trend === null)).toBe(true);
    expect(result.model.scorecardAuc).toBeGreaterThan(0.7);
  });
});
