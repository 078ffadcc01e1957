// risk.score: every customer scored as of a day (default: the latest scoring day) with a saved
// workspace model (default: the latest), saved as a run; or, given `out`, written to that CSV
// (id,probability,score,grade,reasons, by customer number) and nothing saved, a model trained in
// memory first when the workspace has none (the command line's `risk score --workspace`).
import fs from 'node:fs';
import path from 'node:path';
import { EngineError } from '../../api/errors.js';
import type { RiskScoreResult } from '../../api/riskTypes.js';
import { formatDay, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { scoresCsv } from '../model/csv.js';
import type { RiskModel } from '../model/types.js';
import { getModel } from '../store/models.js';
import { latestScoringDay } from './asOf.js';
import { datasetOf, DEFAULT_HORIZON_MONTHS } from './dataset.js';
import { saveScoredRun } from './saveRun.js';
import { scoreDataset } from './scoreDataset.js';
import { loadRiskSources, type RiskSources } from './sources.js';
import { requireBills, trainOnWorkspace, type JobHooks } from './train.js';

export interface ScoreJobOptions {
  modelId?: number | undefined;
  asOf?: Day | undefined;
  out?: string | undefined;
}

export function scoreWorkspaceCustomers(db: Db, options: ScoreJobOptions, hooks: JobHooks): RiskScoreResult {
  hooks.progress(0, 'Reading bills, archive, consumption and tickets');
  const sources = loadRiskSources(db);
  requireBills(sources);
  const { model, modelId } = modelToScoreWith(db, sources, options, hooks);
  hooks.throwIfCancelled();
  const day = options.asOf ?? latestScoringDay(sources.bills);
  hooks.progress(0.7, `Scoring as of ${formatDay(day)}`);
  const scored = scoreDataset(model, datasetOf(sources, { asOf: day, withTarget: false }), day);
  hooks.throwIfCancelled();
  if (options.out !== undefined) {
    const file = path.resolve(options.out);
    const byId = [...scored.scores].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    fs.writeFileSync(file, scoresCsv(byId));
    hooks.log(`${byId.length} customers scored as of ${formatDay(day)} written to ${file}`);
    return { run: null, csvPath: file, customers: byId.length, modelId };
  }
  const run = saveScoredRun(db, modelId!, scored);
  hooks.log(`${run.customers} customers scored as of ${run.asOf}: run ${run.runId} of model ${modelId}`);
  return { run, csvPath: null, customers: run.customers, modelId };
}

function modelToScoreWith(db: Db, sources: RiskSources, options: ScoreJobOptions, hooks: JobHooks): { model: RiskModel; modelId: number | null } {
  try {
    const saved = getModel(db, options.modelId, 'workspace');
    return { model: saved.model, modelId: saved.info.modelId };
  } catch (error) {
    if (!(error instanceof EngineError && error.code === 'risk.model_not_found') || options.modelId !== undefined || options.out === undefined) throw error;
  }
  hooks.log('no workspace model saved: training one in memory');
  const training = trainOnWorkspace(sources, { asOf: options.asOf, horizonMonths: DEFAULT_HORIZON_MONTHS }, {
    ...hooks,
    progress: (fraction, message) => hooks.progress(0.05 + 0.6 * fraction, message),
  });
  return { model: training.model, modelId: null };
}
