// The scorecard engine on an analyst's own table (the risk.trainTable job): a CSV with a header row
// and a 0/1 target column is read as a feature table, a scorecard and its challenger are trained
// on it, and the model is saved with source 'table' (its file's name and target; no score runs:
// the workspace's customers are not what it learnt).
import path from 'node:path';
import type { BinEdit, RiskModelInfo, ScalingOptions } from '../../api/riskTypes.js';
import type { Db } from '../../store/database.js';
import { trainRiskModel } from '../model/train.js';
import { saveModel } from '../store/models.js';
import { readFeatureTable } from '../table/readTable.js';

export interface TrainTableArgs {
  path: string;
  target: string;
  id?: string | undefined;
  name?: string | undefined;
  scaling?: ScalingOptions | undefined;
  binEdits?: Record<string, BinEdit> | undefined;
  /** Columns left out of the table altogether (as the command line's --exclude). */
  exclude?: string[] | undefined;
}

export function trainTable(db: Db, args: TrainTableArgs, progress: (fraction: number) => void): RiskModelInfo {
  const started = performance.now();
  const file = path.resolve(args.path);
  const fileName = path.basename(file);
  const table = readFeatureTable(file, { target: args.target, id: args.id, exclude: args.exclude });
  progress(0.05);
  const model = trainRiskModel(table, {
    target: args.target,
    idColumn: args.id ?? null,
    ...(args.scaling ? { scaling: args.scaling } : {}),
    ...(args.binEdits ? { binEdits: args.binEdits } : {}),
    progress: (fraction) => progress(0.05 + fraction * 0.9),
  });
  return saveModel(db, {
    name: args.name ?? `${fileName}: ${args.target}`,
    source: 'table',
    asOf: null,
    horizonMonths: null,
    fileName,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    model,
    detail: { targetDefinition: null },
  });
}
