// An analyst's CSV scored with a saved table model (the risk.scoreTable job): the file read with
// the column kinds the model was trained on, every row scored, and id,probability,score,grade,reasons
// written as the command line writes them, to the path named or a new file in the exports folder.
// A workspace model is refused: it reads the workspace's customer features, not a table's columns.
import fs from 'node:fs';
import path from 'node:path';
import { EngineError } from '../../api/errors.js';
import type { RiskTableScoreResult } from '../../api/riskTypes.js';
import type { Db } from '../../store/database.js';
import { targetFile, writeInPlace, type FileTarget } from '../../core/exportFile.js';
import { scoresCsv } from '../model/csv.js';
import { scoreRiskModel } from '../model/score.js';
import type { FeatureTable } from '../model/types.js';
import { getModel } from '../store/models.js';
import { readFeatureTable } from '../table/readTable.js';

export interface ScoreTableArgs extends FileTarget {
  modelId: number;
  input: string;
}

export async function scoreTable(db: Db, args: ScoreTableArgs): Promise<RiskTableScoreResult> {
  const { info, model } = getModel(db, args.modelId);
  if (info.source !== 'table') {
    throw new EngineError('risk.not_table_model', `Model ${args.modelId} was trained on the workspace's customers; score an own table with a model trained on a table.`, {
      modelId: args.modelId,
    });
  }
  const input = path.resolve(args.input);
  const kinds = Object.fromEntries(model.features.map((f) => [f.name, f.kind]));
  const scores = scoreRiskModel(model, scoringTable(input, model.idColumn, kinds));
  const file = targetFile(args, `risk-scores-${path.parse(input).name}-model-${args.modelId}`, 'csv');
  await writeInPlace(file, args.overwrite, (temporary) => fs.writeFileSync(temporary, scoresCsv(scores)));
  return { path: file, fileName: path.basename(file), rows: scores.length };
}

/** The training's id column where the file has it, else the 1-based data row as the id (as the command line reads it). */
function scoringTable(file: string, idColumn: string | null, kinds: Record<string, 'numeric' | 'categorical'>): FeatureTable {
  if (idColumn === null) return readFeatureTable(file, { kinds });
  try {
    return readFeatureTable(file, { id: idColumn, kinds });
  } catch (error) {
    if (error instanceof EngineError && error.code === 'risk.unknown_column' && error.details?.column === idColumn) return readFeatureTable(file, { kinds });
    throw error;
  }
}
