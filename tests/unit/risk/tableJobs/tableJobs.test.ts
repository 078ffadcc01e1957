// An analyst's own table (engine/risk/tableJobs): trained on and saved as a table model, then a
// CSV scored with it as the command line writes scores, ids from the training's id column or,
// when the file has none, the row numbers; a workspace model is refused.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCORES_CSV_HEADER } from '../../../../engine/risk/model/csv.js';
import { getModel } from '../../../../engine/risk/store/models.js';
import { scoreTable } from '../../../../engine/risk/tableJobs/scoreTable.js';
import { trainTable } from '../../../../engine/risk/tableJobs/trainTable.js';
import type { RiskModelInfo } from '../../../../engine/api/riskTypes.js';
import { makeTempDir, removeTempDirs } from '../../../helpers/tempDirs.js';
import { RiskWorkspace } from '../queries/fixture.js';
import { creditCsv, creditRows } from './creditTable.js';

afterAll(removeTempDirs);

let ws: RiskWorkspace;
let dir: string;
let info: RiskModelInfo;
const progress: number[] = [];
beforeAll(() => {
  ws = new RiskWorkspace();
  dir = makeTempDir();
  const file = path.join(dir, '信用.csv');
  fs.writeFileSync(file, creditCsv(creditRows(500, 3)));
  info = trainTable(ws.db, { path: file, target: 'default', id: 'id', exclude: ['noise'], scaling: { baseScore: 500, baseOdds: 20, pdo: 40 } }, (f) => progress.push(f));
});

describe('risk.trainTable', () => {
  it('saves a table model with its file, target, figures and the options asked for', () => {
    expect(info).toMatchObject({ source: 'table', name: '信用.csv: default', fileName: '信用.csv', target: 'default', rows: 500, asOf: null, horizonMonths: null });
    const { model, detail } = getModel(ws.db, info.modelId);
    expect(model.idColumn).toBe('id');
    expect(model.scaling).toEqual({ baseScore: 500, baseOdds: 20, pdo: 40 });
    expect(model.features.map((f) => f.name).sort()).toEqual(['housing', 'income', 'months_late']);
    expect(info.scorecardAuc).toBe(model.validation.scorecard.auc);
    expect(detail.targetDefinition).toBeNull();
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= progress[i - 1]!))).toBe(true);
  });
});

describe('risk.scoreTable', () => {
  it('writes id,probability,score,grade,reasons for every row, ids from the id column', async () => {
    const input = path.join(dir, 'applicants.csv');
    fs.writeFileSync(input, creditCsv(creditRows(30, 11), false));
    const result = await scoreTable(ws.db, { modelId: info.modelId, input, folder: dir });
    expect(result).toEqual({ path: path.join(dir, `risk-scores-applicants-model-${info.modelId}.csv`), fileName: `risk-scores-applicants-model-${info.modelId}.csv`, rows: 30 });
    const [header, ...rows] = fs.readFileSync(result.path, 'utf8').trimEnd().split('\n');
    expect(header).toBe(SCORES_CSV_HEADER);
    expect(rows.map((r) => r.split(',')[0])).toEqual(creditRows(30, 11).map((r) => r.id));
    const probability = (r: string) => Number(r.split(',')[1]);
    expect(rows.every((r) => probability(r) > 0 && probability(r) < 1)).toBe(true);
  });

  it('numbers the rows of a file without the id column', async () => {
    const input = path.join(dir, 'no-ids.csv');
    fs.writeFileSync(input, 'months_late,income,housing\n0,9000,own\n5,2100,rent\n');
    const out = path.join(dir, 'no-ids-scores.csv');
    await scoreTable(ws.db, { modelId: info.modelId, input, path: out, folder: dir });
    const rows = fs.readFileSync(out, 'utf8').trimEnd().split('\n').slice(1);
    expect(rows.map((r) => r.split(',')[0])).toEqual(['1', '2']);
    const [safe, risky] = rows.map((r) => Number(r.split(',')[1]));
    expect(risky!).toBeGreaterThan(safe!);
  });

  it('refuses a workspace model and an unknown one', async () => {
    const workspaceModel = ws.model('workspace');
    const input = path.join(dir, 'no-ids.csv');
    await expect(scoreTable(ws.db, { modelId: workspaceModel, input, folder: dir })).rejects.toMatchObject({ code: 'risk.not_table_model', details: { modelId: workspaceModel } });
    await expect(scoreTable(ws.db, { modelId: 404, input, folder: dir })).rejects.toMatchObject({ code: 'risk.model_not_found' });
  });
});
