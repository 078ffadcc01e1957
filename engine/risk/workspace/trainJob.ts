// risk.train: a model trained on the workspace (train.ts) saved with its target definition, then
// every customer scored as of the scoring day and the `history` month-ends before it (features
// as of each), a run saved per day: the expected-loss trend and population stability read them.
// All in one transaction: a cancelled job leaves no model without its runs.
import type { RiskRunInfo, RiskTrainResult } from '../../api/riskTypes.js';
import { formatDay, type Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { saveModel } from '../store/models.js';
import { scoringDays } from './asOf.js';
import { datasetOf } from './dataset.js';
import { addMonthsToDay } from './days.js';
import { saveScoredRun } from './saveRun.js';
import { scoreDataset } from './scoreDataset.js';
import { loadRiskSources } from './sources.js';
import { trainOnWorkspace, type JobHooks, type WorkspaceTrainOptions } from './train.js';

/** Share of the job's progress that reading and training take; the runs take the rest. */
const TRAINING_SHARE = 0.6;

export interface TrainJobOptions extends WorkspaceTrainOptions {
  history: number;
  name?: string | undefined;
}

export function trainWorkspaceModel(db: Db, options: TrainJobOptions, hooks: JobHooks): RiskTrainResult {
  hooks.progress(0, 'Reading bills, archive, consumption and tickets');
  const sources = loadRiskSources(db);
  hooks.throwIfCancelled();
  const training = trainOnWorkspace(sources, options, {
    ...hooks,
    progress: (fraction, message) => hooks.progress(0.05 + (TRAINING_SHARE - 0.05) * fraction, message),
  });
  const days = scoringDays(training.scoringDay, options.history);
  return db.transaction((): RiskTrainResult => {
    const model = saveModel(db, {
      name: options.name ?? defaultName(training.trainDay, options.horizonMonths),
      source: 'workspace',
      asOf: training.trainDay,
      horizonMonths: options.horizonMonths,
      fileName: null,
      seconds: Math.round(training.seconds * 10) / 10,
      model: training.model,
      detail: { targetDefinition: training.targetDefinition },
    });
    hooks.log(`saved as risk model ${model.modelId}`);
    const runs: RiskRunInfo[] = [];
    days.forEach((day, k) => {
      hooks.throwIfCancelled();
      hooks.progress(TRAINING_SHARE + ((1 - TRAINING_SHARE) * k) / days.length, `Scoring as of ${formatDay(day)}`);
      const dataset = datasetOf(sources, { asOf: day, withTarget: false });
      if (dataset.table.ids.length === 0) return; // before the first bill
      runs.push(saveScoredRun(db, model.modelId, scoreDataset(training.model, dataset, day)));
    });
    hooks.log(`${runs.length} score runs saved, the latest as of ${runs.at(-1)?.asOf ?? '-'}`);
    return { model, runs };
  })();
}

/** The window the model learnt from, which tells one model from another in the list. */
function defaultName(trainDay: Day, horizonMonths: number): string {
  return `${formatDay(trainDay)} → ${formatDay(addMonthsToDay(trainDay, horizonMonths))}`;
}
