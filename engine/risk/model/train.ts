// Training a risk model on a feature table with a 0/1 target: a seeded stratified split, the
// scorecard binned and fitted on the training rows (the analyst's bin edits honoured), grade cuts
// from the training scores, the challenger trained on the same rows, and both validated on the
// held-out rows. Deterministic for a seed.
import { EngineError } from '../../api/errors.js';
import { challengerProbabilities, trainChallenger } from '../challenger/index.js';
import { binColumn } from '../scorecard/assign.js';
import { binFeature } from '../scorecard/binFeature.js';
import { fitScorecard } from '../scorecard/fit.js';
import { gradeCuts, gradeOf } from '../scorecard/grades.js';
import { defaultScaling, withPoints } from '../scorecard/scaling.js';
import { calibrationByGrade, classMetrics, liftTable } from '../validation/metrics.js';
import { stratifiedSplit } from '../validation/split.js';
import { probabilitiesOf, scorecardRows } from './scorecardRows.js';
import type { FeatureTable, RiskModel, TrainOptions } from './types.js';

/** Fewest rows of each class to train on: fewer, and neither the bins nor the validation mean anything. */
export const MIN_CLASS_ROWS = 10;

export function trainRiskModel(table: FeatureTable, options: TrainOptions & { target?: string; idColumn?: string | null } = {}): RiskModel {
  const targetName = options.target ?? 'target';
  const target = table.target;
  if (!target) throw new EngineError('risk.one_class', `The table has no target column '${targetName}' to train on.`, { column: targetName, ones: 0, zeros: 0, needed: MIN_CLASS_ROWS });
  const bads = target.reduce((s, v) => s + v, 0);
  const goods = target.length - bads;
  if (bads < MIN_CLASS_ROWS || goods < MIN_CLASS_ROWS) {
    throw new EngineError('risk.one_class', `The target '${targetName}' needs at least ${MIN_CLASS_ROWS} rows of each class (1 and 0); it has ${bads} ones and ${goods} zeros.`, {
      column: targetName,
      ones: bads,
      zeros: goods,
      needed: MIN_CLASS_ROWS,
    });
  }
  const progress = options.progress ?? (() => {});
  const seed = options.seed ?? 1;
  const scaling = options.scaling ?? defaultScaling;
  const exclude = new Set(options.exclude ?? []);
  const split = stratifiedSplit(target, options.validationShare ?? 0.3, seed);

  const binned = table.columns.map((column) => binFeature(column, target, split.train, options.binEdits?.[column.name]));
  const binsOf = binned.map((b, f) => binColumn(b, table.columns[f]!));
  progress(0.15);
  const fit = fitScorecard(binned, binsOf, target, split.train, exclude);
  if (!fit.binnings.some((b) => b.selected)) {
    const strongest = [...fit.binnings].sort((a, b) => b.iv - a.iv)[0];
    throw new EngineError(
      'risk.no_predictor',
      `No feature predicts '${targetName}': every feature's information value is under 0.02${strongest ? ` (the highest: ${strongest.feature}, ${strongest.iv.toFixed(3)})` : ''}.`,
      { column: targetName, strongest: strongest?.feature ?? '-', iv: strongest ? strongest.iv.toFixed(3) : '-' },
    );
  }
  const binnings = withPoints(fit.binnings, fit.intercept, scaling);
  const card = scorecardRows({ binnings, intercept: fit.intercept }, table);
  const floor = binnings.filter((b) => b.selected).reduce((s, b) => s + Math.min(...b.bins.map((bin) => bin.points)), 0);
  const cuts = gradeCuts(
    Float64Array.from(split.train, (r) => card.scores[r]!),
    Math.round(floor * 10) / 10,
  );
  progress(0.25);

  const used = { ...table, columns: table.columns.filter((c) => !exclude.has(c.name)) };
  const challenger = trainChallenger(used, split.train, { seed, progress: (f) => progress(0.25 + 0.7 * f) });
  const probabilities = probabilitiesOf(card.logits);
  const challengerProbs = challengerProbabilities(challenger, used);
  const grades = Array.from(card.scores, (s) => gradeOf(cuts, s));
  progress(1);
  return {
    format: 'workbench-risk-model',
    version: 1,
    createdAt: new Date().toISOString(),
    target: targetName,
    idColumn: options.idColumn ?? null,
    features: used.columns.map((c) => ({ name: c.name, kind: c.kind, side: c.side })),
    scaling,
    binnings,
    intercept: fit.intercept,
    gradeCuts: cuts,
    challenger,
    validation: {
      trainRows: split.train.length,
      validationRows: split.validation.length,
      scorecard: classMetrics(probabilities, target, split.validation),
      challenger: classMetrics(challengerProbs, target, split.validation),
      scorecardTrain: classMetrics(probabilities, target, split.train),
      calibration: calibrationByGrade(grades, probabilities, target, split.validation),
      lift: liftTable(probabilities, target, split.validation),
    },
    training: { rows: target.length, bads },
  };
}
