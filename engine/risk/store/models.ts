// Saved risk models (risk_models of schema 4): the RiskModel JSON with the figures the model list
// shows beside it, and the training notes (the workspace target's definition). Deleting a model
// deletes its score runs and their scores; the analysts' grade adjustments stay (append-only).
import { EngineError } from '../../api/errors.js';
import type { RiskModelInfo, RiskModelSource } from '../../api/riskTypes.js';
import { formatDay, nowIso, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { parseRiskModel, riskModelJson } from '../model/json.js';
import type { RiskModel } from '../model/types.js';
import type { TargetDefinition } from '../workspace/target.js';

export interface ModelDetailJson {
  /** Workspace models: how serious arrears were defined; null for a table model. */
  targetDefinition: TargetDefinition | null;
}

export interface NewModel {
  name: string;
  source: RiskModelSource;
  asOf: Day | null;
  horizonMonths: number | null;
  fileName: string | null;
  seconds: number;
  model: RiskModel;
  detail: ModelDetailJson;
}

export interface SavedModel {
  info: RiskModelInfo;
  model: RiskModel;
  detail: ModelDetailJson;
}

interface ModelRow {
  model_id: number;
  name: string;
  created_at: string;
  source: string;
  as_of: number | null;
  horizon_months: number | null;
  file_name: string | null;
  target: string;
  rows: number;
  bads: number;
  scorecard_auc: number;
  challenger_auc: number;
  seconds: number;
}

const infoColumns =
  'model_id, name, created_at, source, as_of, horizon_months, file_name, target, rows, bads, scorecard_auc, challenger_auc, seconds';

export function saveModel(db: Db, m: NewModel): RiskModelInfo {
  const createdAt = nowIso();
  const result = db
    .prepare(
      `INSERT INTO risk_models (name, created_at, source, as_of, horizon_months, file_name, target, rows, bads, scorecard_auc, challenger_auc, seconds, model, detail)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      m.name,
      createdAt,
      m.source,
      m.asOf,
      m.horizonMonths,
      m.fileName,
      m.model.target,
      m.model.training.rows,
      m.model.training.bads,
      m.model.validation.scorecard.auc,
      m.model.validation.challenger.auc,
      m.seconds,
      riskModelJson(m.model),
      JSON.stringify(m.detail),
    );
  return modelInfo(db.prepare(`SELECT ${infoColumns} FROM risk_models WHERE model_id = ?`).get(Number(result.lastInsertRowid)) as ModelRow);
}

/** Newest first. */
export function listModels(db: Db, source?: RiskModelSource): RiskModelInfo[] {
  const rows = (
    source === undefined
      ? db.prepare(`SELECT ${infoColumns} FROM risk_models ORDER BY model_id DESC`).all()
      : db.prepare(`SELECT ${infoColumns} FROM risk_models WHERE source = ? ORDER BY model_id DESC`).all(source)
  ) as ModelRow[];
  return rows.map(modelInfo);
}

/** The model asked for, else the latest of the source (any source when none given); throws risk.model_not_found. */
export function getModel(db: Db, modelId?: number, source?: RiskModelSource): SavedModel {
  const row = (
    modelId !== undefined
      ? db.prepare(`SELECT ${infoColumns}, model, detail FROM risk_models WHERE model_id = ?`).get(modelId)
      : source !== undefined
        ? db.prepare(`SELECT ${infoColumns}, model, detail FROM risk_models WHERE source = ? ORDER BY model_id DESC LIMIT 1`).get(source)
        : db.prepare(`SELECT ${infoColumns}, model, detail FROM risk_models ORDER BY model_id DESC LIMIT 1`).get()
  ) as (ModelRow & { model: string; detail: string }) | undefined;
  if (!row) {
    throw new EngineError(
      'risk.model_not_found',
      modelId === undefined ? 'No arrears risk model has been trained in this workspace yet.' : `Risk model ${modelId} is not in this workspace.`,
      { modelId: modelId ?? null },
    );
  }
  return { info: modelInfo(row), model: parseRiskModel(row.model), detail: JSON.parse(row.detail) as ModelDetailJson };
}

/** Whether the model existed; its runs and their scores go with it. */
export function deleteModel(db: Db, modelId: number): boolean {
  return db.transaction(() => {
    db.prepare('DELETE FROM risk_scores WHERE run_id IN (SELECT run_id FROM risk_runs WHERE model_id = ?)').run(modelId);
    db.prepare('DELETE FROM risk_runs WHERE model_id = ?').run(modelId);
    return db.prepare('DELETE FROM risk_models WHERE model_id = ?').run(modelId).changes > 0;
  })();
}

function modelInfo(r: ModelRow): RiskModelInfo {
  return {
    modelId: r.model_id,
    name: r.name,
    createdAt: r.created_at,
    source: r.source as RiskModelSource,
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
