// Training a scorecard (and its challenger) on the workspace's customers: features as of the
// training day, target = serious arrears within the horizon after it (target.ts), the customers
// the horizon cannot judge left out.
import { EngineError } from '../../api/errors.js';
import type { BinEdit, ScalingOptions } from '../../api/riskTypes.js';
import { formatDay, type Day } from '../../core/calendar.js';
import { trainRiskModel } from '../model/train.js';
import type { RiskModel } from '../model/types.js';
import { latestScoringDay, trainingDay } from './asOf.js';
import { datasetOf } from './dataset.js';
import type { RiskSources } from './sources.js';
import { defaultTargetDefinition, type TargetDefinition } from './target.js';

/** What the workspace target column is called in the model. */
export const WORKSPACE_TARGET = 'serious_arrears';

export interface JobHooks {
  /** Fraction of this step in [0, 1] and a short message. */
  progress(fraction: number, message: string): void;
  log(line: string): void;
  throwIfCancelled(): void;
}

export interface WorkspaceTrainOptions {
  /** The scoring day the training day is the horizon before (default: the latest scoring day). */
  asOf?: Day | undefined;
  horizonMonths: number;
  scaling?: ScalingOptions | undefined;
  binEdits?: Record<string, BinEdit> | undefined;
  exclude?: string[] | undefined;
}

export interface WorkspaceTraining {
  model: RiskModel;
  trainDay: Day;
  scoringDay: Day;
  targetDefinition: TargetDefinition;
  seconds: number;
}

export function requireBills(sources: RiskSources): void {
  if (sources.bills.customers.length === 0) {
    throw new EngineError('risk.no_bills', 'The workspace holds no bills: import bills and payments first; arrears risk is learnt from them.');
  }
}

export function trainOnWorkspace(sources: RiskSources, options: WorkspaceTrainOptions, hooks: JobHooks): WorkspaceTraining {
  requireBills(sources);
  const started = performance.now();
  const definition = defaultTargetDefinition;
  const scoringDay = options.asOf ?? latestScoringDay(sources.bills);
  const trainDay = trainingDay(sources.bills, scoringDay, options.horizonMonths, definition.overdueDays);
  hooks.progress(0, `Features as of ${formatDay(trainDay)}`);
  const { table } = datasetOf(sources, { asOf: trainDay, horizonMonths: options.horizonMonths, withTarget: true }, definition);
  const bads = table.target!.reduce((s, v) => s + v, 0);
  hooks.log(
    `${table.ids.length} customers judged as of ${formatDay(trainDay)}: ${bads} in serious arrears within ${options.horizonMonths} months ` +
      `(bad rate ${((100 * bads) / Math.max(1, table.ids.length)).toFixed(1)} %)`,
  );
  hooks.throwIfCancelled();
  const model = trainRiskModel(table, {
    target: WORKSPACE_TARGET,
    idColumn: null,
    ...(options.scaling ? { scaling: options.scaling } : {}),
    ...(options.binEdits ? { binEdits: options.binEdits } : {}),
    ...(options.exclude ? { exclude: options.exclude } : {}),
    progress: (fraction) => {
      hooks.throwIfCancelled();
      hooks.progress(0.1 + 0.9 * fraction, 'Training the scorecard and the challenger');
    },
  });
  const { scorecard, challenger } = model.validation;
  hooks.log(`validation AUC: scorecard ${scorecard.auc.toFixed(3)} (KS ${scorecard.ks.toFixed(3)}), challenger ${challenger.auc.toFixed(3)} (KS ${challenger.ks.toFixed(3)})`);
  return { model, trainDay, scoringDay, targetDefinition: definition, seconds: (performance.now() - started) / 1000 };
}
