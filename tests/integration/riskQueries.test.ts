// The Risk module's queries and R4's jobs through the Engine and its workers: a small workspace
// with hand-written risk rows (tests/unit/risk/queries/fixture.ts) read by every query, a grade
// adjusted and the collection list exported; an analyst's own CSV previewed, trained on, scored
// with the saved table model, and the refusals a user meets.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/host/engine.js';
import type { RiskModelInfo } from '../../engine/api/riskTypes.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { riskWorkspace } from '../unit/risk/queries/fixture.js';
import { creditCsv, creditRows } from '../unit/risk/tableJobs/creditTable.js';

let engine: Engine;
let dir: string;
let trainCsv: string;
let model: RiskModelInfo;

beforeAll(async () => {
  const ws = riskWorkspace();
  const file = ws.db.name;
  ws.db.close();
  engine = createTestEngine();
  await engine.openWorkspace(file);
  dir = makeTempDir();
  trainCsv = path.join(dir, 'credit.csv');
  fs.writeFileSync(trainCsv, creditCsv(creditRows(600)));
  model = await engine.runJob('risk.trainTable', { path: trainCsv, target: 'default', id: 'id', exclude: ['noise'] });
}, 120_000);

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

describe('the Risk page’s queries', () => {
  it('read the runs, the collection list, a profile, the distribution and stability', async () => {
    expect((await engine.call('risk.runs', {})).map((r) => r.runId)).toEqual([3, 2, 1]);
    const list = await engine.call('risk.customers', { grades: ['D'], limit: 2 });
    expect(list.total).toBe(3);
    expect(list.rows.map((r) => [r.customerId, r.customerName, r.adjustedGrade])).toEqual([
      ['K10', 'S************o', null],
      ['K1', '张*明', null],
    ]);
    const profile = await engine.call('risk.customer', { customerId: 'K1' });
    expect(profile.history).toHaveLength(3);
    expect(profile.features[0]).toMatchObject({ feature: 'on_time_rate_12m', bin: '(-∞, 0.5]' });
    const byArea = await engine.call('risk.distribution', { by: 'area' });
    expect(byArea.rows.map((r) => r.key)).toEqual(['A2', 'A1', '']);
    const stable = await engine.call('risk.stability', {});
    expect([stable.baseRunId, stable.runId, stable.score.level]).toEqual([1, 3, 'shifted']);
  });

  it('adjusts a grade, counted at once in the list', async () => {
    const adjusted = await engine.runJob('risk.adjust', { customerId: 'K3', grade: 'C', reason: '经营困难，已停产', user: '李分析' });
    expect(adjusted).toMatchObject({ customerId: 'K3', fromGrade: 'A', grade: 'C', user: '李分析' });
    expect((await engine.call('risk.customers', { grades: ['C'] })).rows.map((r) => r.customerId)).toEqual(['K3']);
    await expect(engine.runJob('risk.adjust', { customerId: 'K404', grade: 'A', reason: 'x' })).rejects.toMatchObject({ code: 'risk.not_scored' });
  });

  it('exports the collection list to Excel in the exports folder', async () => {
    const { path: file, fileName } = await engine.runJob('risk.export', { format: 'xlsx', language: 'zh-CN', minProbability: 0.3 });
    expect(fileName).toMatch(/^risk-collection-run-3(-\d+)?\.xlsx$/);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
  });
});

describe('an analyst’s own table', () => {
  it('is previewed with its columns, kinds and target candidates', async () => {
    const preview = await engine.call('risk.previewTable', { path: trainCsv });
    expect(preview).toMatchObject({ fileName: 'credit.csv', rows: 600 });
    expect(preview.columns.find((c) => c.name === 'default')).toMatchObject({ kind: 'numeric', binary: true });
    expect(preview.columns.find((c) => c.name === 'housing')).toMatchObject({ kind: 'categorical', distinct: 3 });
  });

  it('trains a table model, saved with its file and target and no runs', async () => {
    expect(model).toMatchObject({ source: 'table', fileName: 'credit.csv', target: 'default', rows: 600, asOf: null });
    expect(model.scorecardAuc).toBeGreaterThan(0.7);
    expect((await engine.call('risk.models', { source: 'table' })).map((m) => m.modelId)).toEqual([model.modelId]);
    const detail = await engine.call('risk.model', { modelId: model.modelId });
    expect(detail.binnings.map((b) => b.feature).sort()).toEqual(['housing', 'income', 'months_late']);
    expect(detail.targetDefinition).toBeNull();
    expect((await engine.call('risk.runs', { modelId: model.modelId })).length).toBe(0);
  });

  it('scores a CSV with the table model as the command line writes it', async () => {
    const input = path.join(dir, 'new applicants.csv');
    fs.writeFileSync(input, creditCsv(creditRows(40, 99), false));
    const out = path.join(dir, 'scores.csv');
    const result = await engine.runJob('risk.scoreTable', { modelId: model.modelId, input, path: out });
    expect(result).toEqual({ path: out, fileName: 'scores.csv', rows: 40 });
    const lines = fs.readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('id,probability,score,grade,reasons');
    expect(lines).toHaveLength(41);
    expect(lines[1]).toMatch(/^C1000,0\.\d{6},\d+\.\d,[A-E],/);
    await expect(engine.runJob('risk.scoreTable', { modelId: model.modelId, input, path: out })).rejects.toMatchObject({ code: 'io' });
    const named = await engine.runJob('risk.scoreTable', { modelId: model.modelId, input });
    expect(named.fileName).toBe(`risk-scores-new applicants-model-${model.modelId}.csv`);
  });

  it('refuses a workspace model, an unknown model and a bad target', async () => {
    await expect(engine.runJob('risk.scoreTable', { modelId: 1, input: trainCsv })).rejects.toMatchObject({ code: 'risk.not_table_model', details: { modelId: 1 } });
    await expect(engine.runJob('risk.scoreTable', { modelId: 99, input: trainCsv })).rejects.toMatchObject({ code: 'risk.model_not_found' });
    await expect(engine.runJob('risk.trainTable', { path: trainCsv, target: 'housing' })).rejects.toMatchObject({ code: 'risk.bad_target' });
  });
});
