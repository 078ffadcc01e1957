// Saved text models (text_models of schema 5): the model JSON with the figures the model list
// shows beside it. Deleting a model deletes the labels it gave.
import { EngineError } from '../../api/errors.js';
import type { TextMetrics, TextModelInfo, TextModelSource } from '../../api/textTypes.js';
import { nowIso } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { parseTextModel, textModelJson } from '../json.js';
import type { TextModel } from '../model.js';

export interface NewTextModel {
  name: string;
  source: TextModelSource;
  fileName: string | null;
  textColumn: string | null;
  seconds: number;
  model: TextModel;
}

interface ModelRow {
  model_id: number;
  name: string;
  created_at: string;
  source: string;
  task: string;
  labels: string;
  rows: number;
  file_name: string | null;
  text_column: string | null;
  seconds: number;
  metrics: string;
}

const infoColumns = 'model_id, name, created_at, source, task, labels, rows, file_name, text_column, seconds, metrics';

function info(row: ModelRow): TextModelInfo {
  return {
    modelId: row.model_id,
    name: row.name,
    createdAt: row.created_at,
    source: row.source as TextModelSource,
    task: row.task,
    labels: JSON.parse(row.labels) as string[],
    rows: row.rows,
    metrics: JSON.parse(row.metrics) as TextMetrics,
    fileName: row.file_name,
    textColumn: row.text_column,
    seconds: row.seconds,
  };
}

export function saveTextModel(db: Db, m: NewTextModel): TextModelInfo {
  const result = db
    .prepare(
      `INSERT INTO text_models (name, created_at, source, task, labels, rows, file_name, text_column, seconds, metrics, model)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      m.name,
      nowIso(),
      m.source,
      m.model.task,
      JSON.stringify(m.model.classifier.labels),
      m.model.rows,
      m.fileName,
      m.textColumn,
      m.seconds,
      JSON.stringify(m.model.metrics),
      textModelJson(m.model),
    );
  return textModelInfo(db, Number(result.lastInsertRowid));
}

export function listTextModels(db: Db): TextModelInfo[] {
  return (db.prepare(`SELECT ${infoColumns} FROM text_models ORDER BY model_id DESC`).all() as ModelRow[]).map(info);
}

function notFound(modelId: number | undefined): EngineError {
  return new EngineError(
    'text.model_not_found',
    modelId === undefined ? 'No text model has been trained in this workspace yet.' : `Text model ${modelId} is not in this workspace.`,
    { modelId: modelId ?? null },
  );
}

/** A model's figures (default: the latest model). */
export function textModelInfo(db: Db, modelId?: number): TextModelInfo {
  const row = (
    modelId === undefined
      ? db.prepare(`SELECT ${infoColumns} FROM text_models ORDER BY model_id DESC LIMIT 1`).get()
      : db.prepare(`SELECT ${infoColumns} FROM text_models WHERE model_id = ?`).get(modelId)
  ) as ModelRow | undefined;
  if (!row) throw notFound(modelId);
  return info(row);
}

export function loadTextModel(db: Db, modelId?: number): { info: TextModelInfo; model: TextModel } {
  const found = textModelInfo(db, modelId);
  const { model } = db.prepare('SELECT model FROM text_models WHERE model_id = ?').get(found.modelId) as { model: string };
  return { info: found, model: parseTextModel(model) };
}

export function deleteTextModel(db: Db, modelId: number): boolean {
  return db.transaction(() => {
    db.prepare('DELETE FROM ticket_labels WHERE model_id = ?').run(modelId);
    return db.prepare('DELETE FROM text_models WHERE model_id = ?').run(modelId).changes > 0;
  })();
}
