// Saved risk models, runs and scores: a model round-trips through its JSON, the latest of a source
// is found, a run's scores come back in customer order, and deleting a model takes its runs and
// scores with it but leaves the analysts' grade adjustments.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EngineError } from '../../../../engine/api/errors.js';
import type { FeatureTable, RiskModel } from '../../../../engine/risk/model/types.js';
import { trainRiskModel } from '../../../../engine/risk/model/train.js';
import { deleteModel, getModel, listModels, saveModel } from '../../../../engine/risk/store/models.js';
import { emptyGradeCounts, saveRun } from '../../../../engine/risk/store/runs.js';
import { saveScores, scoresOfRun, type ScoreRow } from '../../../../engine/risk/store/scores.js';
import { openWorkspaceDb } from '../../../../engine/store/database.js';
import { makeTempDir, removeTempDirs } from '../../../helpers/tempDirs.js';

afterAll(removeTempDirs);

/** 400 rows whose bad rate rises with x; a categorical column that says little. */
function table(): FeatureTable {
  const n = 400;
  const x = new Float64Array(n);
  const target = new Uint8Array(n);
  const kind: (string | null)[] = [];
  for (let i = 0; i < n; i++) {
    x[i] = i % 100;
    target[i] = (i * 7919) % 100 < x[i]! * 0.6 ? 1 : 0;
    kind.push(['a', 'b', 'c'][i % 3]!);
  }
  return {
    ids: Array.from({ length: n }, (_, i) => String(i + 1)),
    target,
    columns: [
      { name: 'x', kind: 'numeric', side: 'willingness', values: x },
      { name: 'kind', kind: 'categorical', side: 'ability', values: kind },
    ],
  };
}

function score(customerId: string, grade: ScoreRow['grade']): ScoreRow {
  return {
    customerId,
    probability: 0.25,
    score: 580.5,
    grade,
    willingness: 300.1,
    ability: 280.4,
    challengerProbability: 0.3,
    outstandingYuan: 120,
    expectedLossYuan: 30,
    reasons: [{ feature: 'x', pointsLost: 12.5, bin: '(50, +∞)' }],
    features: { x: 72, kind: 'b' },
  };
}

describe('the risk store', () => {
  const db = openWorkspaceDb(path.join(makeTempDir(), 'store.workbench'), { create: true });
  const model: RiskModel = trainRiskModel(table(), { target: 'bad' });

  it('saves a model and reads it back whole, the latest of its source by default', () => {
    const first = saveModel(db, { name: 'table one', source: 'table', asOf: null, horizonMonths: null, fileName: 'own.csv', seconds: 0.5, model, detail: { targetDefinition: null } });
    const second = saveModel(db, {
      name: 'workspace one',
      source: 'workspace',
      asOf: 20250531,
      horizonMonths: 6,
      fileName: null,
      seconds: 1.2,
      model,
      detail: { targetDefinition: { overdueDays: 30, minArrearsYuan: 50 } },
    });
    expect(second.modelId).toBeGreaterThan(first.modelId);
    expect(second).toMatchObject({ source: 'workspace', asOf: '2025-05-31', horizonMonths: 6, target: 'bad', rows: 400, bads: model.training.bads });
    expect(second.scorecardAuc).toBe(model.validation.scorecard.auc);
    expect(listModels(db).map((m) => m.name)).toEqual(['workspace one', 'table one']);
    expect(listModels(db, 'table').map((m) => m.modelId)).toEqual([first.modelId]);
    const saved = getModel(db, undefined, 'table');
    expect(saved.info).toEqual(first);
    expect(saved.model).toEqual(JSON.parse(JSON.stringify(model)));
    expect(getModel(db).info.modelId).toBe(second.modelId);
    expect(getModel(db, second.modelId).detail.targetDefinition).toEqual({ overdueDays: 30, minArrearsYuan: 50 });
  });

  it('saves a run and its scores, read back in customer order', () => {
    const modelId = getModel(db, undefined, 'workspace').info.modelId;
    const run = saveRun(db, { modelId, asOf: 20251231, customers: 2, expectedLossYuan: 60, outstandingYuan: 240, byGrade: { ...emptyGradeCounts(), B: 1, E: 1 }, features: { x: [0.5, 0.5] } });
    expect(run).toMatchObject({ modelId, asOf: '2025-12-31', customers: 2, byGrade: { A: 0, B: 1, C: 0, D: 0, E: 1 } });
    expect(saveScores(db, run.runId, [score('C2', 'E'), score('C1', 'B')])).toBe(2);
    expect([...scoresOfRun(db, run.runId)]).toEqual([score('C1', 'B'), score('C2', 'E')]);
  });

  it('deletes a model with its runs and scores, keeping the grade adjustments', () => {
    const modelId = getModel(db, undefined, 'workspace').info.modelId;
    db.prepare("INSERT INTO risk_adjustments (customer_id, created_at, who, from_grade, grade, reason) VALUES ('C2', '2026-01-01T00:00:00Z', 'analyst', 'E', 'D', 'paid')").run();
    expect(deleteModel(db, modelId)).toBe(true);
    expect(deleteModel(db, modelId)).toBe(false);
    expect(db.prepare('SELECT count(*) AS n FROM risk_runs').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM risk_scores').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM risk_adjustments').get()).toEqual({ n: 1 });
    expect(() => getModel(db, modelId)).toThrow(EngineError);
    expect(() => getModel(db, undefined, 'workspace')).toThrow(/No arrears risk model/);
  });
});
