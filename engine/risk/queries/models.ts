// Saved models (risk_models of schema 4): the list, one model's row, the RiskModel its JSON holds,
// and the scorecard view's detail (bins with WOE, IV and points, the challenger in a line, the
// validation report and how the workspace target was defined).
import { EngineError } from '../../api/errors.js';
import type { RiskModelDetail, RiskModelInfo, RiskModelSource } from '../../api/riskTypes.js';
import { formatDay, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { challengerSummary } from '../challenger/index.js';
import { parseRiskModel } from '../model/json.js';
import type { RiskModel } from '../model/types.js';

export interface ModelRow {
  model_id: number;
  name: string;
  created_at: string;
  source: RiskModelSource;
  as_of: Day | null;
  horizon_months: number | null;
  file_name: string | null;
  target: string;
  rows: number;
  bads: number;
  scorecard_auc: number;
  challenger_auc: number;
  seconds: number;
}

const infoColumns = 'model_id, name, created_at, source, as_of, horizon_months, file_name, target, rows, bads, scorecard_auc, challenger_auc, seconds';

export function listModels(db: Db, source?: RiskModelSource): RiskModelInfo[] {
  const rows = (
    source === undefined
      ? db.prepare(`SELECT ${infoColumns} FROM risk_models ORDER BY model_id DESC`).all()
      : db.prepare(`SELECT ${infoColumns} FROM risk_models WHERE source = ? ORDER BY model_id DESC`).all(source)
  ) as ModelRow[];
  return rows.map(modelInfo);
}

export function modelInfo(r: ModelRow): RiskModelInfo {
  return {
    modelId: r.model_id,
    name: r.name,
    createdAt: r.created_at,
    source: r.source,
    asOf: r.as_of === null ? null : formatDay(r.as_of),
    horizonMonths: r.horizon_months,
    fileName: r.file_name,
    target: r.target,
    rows: r.rows,
    bads: r.bads,
    scorecardAuc: r.scorecard_auc,
    challengerAuc: r.challenger_auc,
    seconds: r.seconds,
  };
}

/** The model asked for, else the latest workspace model; throws risk.model_not_found. */
export function modelRow(db: Db, modelId?: number): ModelRow {
  const row = (
    modelId === undefined
      ? db.prepare(`SELECT ${infoColumns} FROM risk_models WHERE source = 'workspace' ORDER BY model_id DESC LIMIT 1`).get()
      : db.prepare(`SELECT ${infoColumns} FROM risk_models WHERE model_id = ?`).get(modelId)
  ) as ModelRow | undefined;
  if (!row) {
    throw new EngineError(
      'risk.model_not_found',
      modelId === undefined ? 'No arrears risk model has been trained on this workspace yet.' : `Risk model ${modelId} is not in this workspace.`,
      { modelId: modelId ?? null },
    );
  }
  return row;
}

/** The RiskModel a saved model's JSON holds. */
export function savedModel(db: Db, modelId: number): RiskModel {
  const row = db.prepare('SELECT model FROM risk_models WHERE model_id = ?').get(modelId) as { model: string } | undefined;
  if (!row) throw new EngineError('risk.model_not_found', `Risk model ${modelId} is not in this workspace.`, { modelId });
  return parseRiskModel(row.model);
}

/** How the workspace target was defined, from the row's detail (null for a table model, or a detail without it). */
function targetDefinition(detail: string): RiskModelDetail['targetDefinition'] {
  const parsed = JSON.parse(detail) as { targetDefinition?: { overdueDays?: unknown; minArrearsYuan?: unknown } };
  const t = parsed.targetDefinition;
  return t && typeof t.overdueDays === 'number' && typeof t.minArrearsYuan === 'number' ? { overdueDays: t.overdueDays, minArrearsYuan: t.minArrearsYuan } : null;
}

export function modelDetail(db: Db, modelId?: number): RiskModelDetail {
  const row = modelRow(db, modelId);
  const { detail } = db.prepare('SELECT detail FROM risk_models WHERE model_id = ?').get(row.model_id) as { detail: string };
  const model = savedModel(db, row.model_id);
  return {
    ...modelInfo(row),
    scaling: model.scaling,
    binnings: model.binnings,
    intercept: model.intercept,
    gradeCuts: model.gradeCuts,
    challengerKind: model.challenger.kind,
    challengerSummary: challengerSummary(model.challenger),
    validation: model.validation,
    targetDefinition: targetDefinition(detail),
  };
}
