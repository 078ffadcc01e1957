// Saved models (engine/risk/queries/models.ts): the list newest first, by source, and the scorecard
// view's detail of a model trained here (bins, challenger in a line, validation, target definition).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainRiskModel } from '../../../../engine/risk/model/train.js';
import type { RiskModel } from '../../../../engine/risk/model/types.js';
import { modelDetail } from '../../../../engine/risk/queries/models.js';
import { listModels } from '../../../../engine/risk/store/models.js';
import { removeTempDirs } from '../../../helpers/tempDirs.js';
import { creditRows } from '../tableJobs/creditTable.js';
import { RiskWorkspace } from './fixture.js';

afterAll(removeTempDirs);

let trained: RiskModel;
let ws: RiskWorkspace;
beforeAll(() => {
  const rows = creditRows(600);
  trained = trainRiskModel(
    {
      ids: rows.map((r) => r.id),
      target: Uint8Array.from(rows, (r) => r.default),
      columns: [
        { name: 'months_late', kind: 'numeric', side: 'willingness', values: Float64Array.from(rows, (r) => r.months_late) },
        { name: 'housing', kind: 'categorical', side: 'ability', values: rows.map((r) => r.housing) },
      ],
    },
    { target: 'default' },
  );
  ws = new RiskWorkspace();
  ws.model('workspace', { targetDefinition: { overdueDays: 60, minArrearsYuan: 100 } }, trained);
  ws.model('table', {}, trained);
});

describe('risk.models', () => {
  it('lists models newest first, of a source when asked', () => {
    expect(listModels(ws.db).map((m) => [m.modelId, m.source])).toEqual([
      [2, 'table'],
      [1, 'workspace'],
    ]);
    expect(listModels(ws.db, 'workspace')).toEqual([
      {
        modelId: 1,
        name: 'Arrears 2025',
        createdAt: '2025-07-01T00:00:00.000Z',
        source: 'workspace',
        asOf: '2024-12-31',
        horizonMonths: 6,
        fileName: null,
        target: 'default',
        rows: 100,
        bads: 20,
        scorecardAuc: 0.8,
        challengerAuc: 0.82,
        seconds: 1.5,
      },
    ]);
    expect(listModels(ws.db, 'table')[0]).toMatchObject({ fileName: 'german.csv', asOf: null, horizonMonths: null });
  });
});

describe('risk.model', () => {
  it('details the latest workspace model: its scorecard, challenger, validation and target definition', () => {
    const d = modelDetail(ws.db);
    expect(d).toMatchObject({ modelId: 1, source: 'workspace', scaling: trained.scaling, intercept: trained.intercept, gradeCuts: trained.gradeCuts });
    expect(d.binnings.map((b) => b.feature)).toEqual(['months_late', 'housing']);
    expect(d.binnings[0]!.bins.length).toBeGreaterThan(1);
    expect(d.challengerKind).toBe(trained.challenger.kind);
    expect(d.challenger.trees).toBeGreaterThan(0);
    expect(d.challenger.features).toBeGreaterThan(d.challenger.categorical);
    expect(d.validation.scorecard.auc).toBeGreaterThan(0.7);
    expect(d.targetDefinition).toEqual({ overdueDays: 60, minArrearsYuan: 100 });
  });

  it('details a table model without a target definition, and says when there is no model', () => {
    expect(modelDetail(ws.db, 2)).toMatchObject({ modelId: 2, source: 'table', targetDefinition: null });
    expect(() => modelDetail(ws.db, 7)).toThrow(expect.objectContaining({ code: 'risk.model_not_found', details: { modelId: 7 } }));
    expect(() => modelDetail(new RiskWorkspace().db)).toThrow(expect.objectContaining({ code: 'risk.model_not_found', details: { modelId: null } }));
  });
});
