// Training a text classifier: features counted once per text; the recipe (IDF on the training
// texts, C by inner CV, one-vs-rest SVMs) cross-validated k-fold for honest metrics and for the
// confidence scale; then fitted on every text.
import { EngineError } from '../api/errors.js';
import { fitScale } from './calibrate.js';
import { chooseC } from './chooseC.js';
import { fitClassifier, type LinearClassifier } from './classifier.js';
import { crossValidate } from './crossValidate.js';
import { encodeCorpus, type Doc } from './corpus.js';
import { defaultFeatureOptions, type FeatureOptions } from './features.js';
import { classificationMetrics } from './metrics.js';
import { topTerms } from './topTerms.js';
import { compactClassifier, type TextModel } from './model.js';

export interface TrainOptions {
  task: string;
  folds: number;
  features: FeatureOptions;
  minDf: number;
  /** Candidate Cs; one value skips the inner cross-validation. */
  cGrid: number[];
  innerFolds: number;
  seed: number;
  topTerms: number;
}

export const defaultTrainOptions: Omit<TrainOptions, 'task'> = {
  folds: 5,
  features: defaultFeatureOptions,
  minDf: 2,
  cGrid: [0.1, 0.3, 1],
  innerFolds: 3,
  seed: 1,
  topTerms: 50,
};

export interface TrainHooks {
  progress?: (fraction: number, message: string) => void;
  throwIfCancelled?: () => void;
}

/** Fewest texts per label to learn from (each fold needs some of every label). */
export const MIN_PER_LABEL = 5;

export function trainTextModel(texts: string[], labelOf: string[], options: TrainOptions, hooks: TrainHooks = {}): TextModel {
  const labels = [...new Set(labelOf)].sort();
  const counts = new Map<string, number>();
  for (const l of labelOf) counts.set(l, (counts.get(l) ?? 0) + 1);
  const rare = labels.filter((l) => (counts.get(l) ?? 0) < MIN_PER_LABEL);
  if (labels.length < 2 || rare.length > 0) {
    throw new EngineError(
      'text.too_few_labels',
      labels.length < 2
        ? `A classifier needs texts of at least two labels; these have ${labels.length === 0 ? 'none' : `only '${labels[0]}'`}.`
        : `Each label needs at least ${MIN_PER_LABEL} texts to learn from; ${rare.map((l) => `'${l}' has ${counts.get(l)}`).join(', ')}.`,
      { labels: labels.length, rare: rare.join(', '), needed: MIN_PER_LABEL },
    );
  }
  const y = Int32Array.from(labelOf, (l) => labels.indexOf(l));
  const corpus = encodeCorpus(texts, options.features, (i) => {
    if (i % 500 > 0) return;
    hooks.throwIfCancelled?.();
    hooks.progress?.(0.1 * (i / texts.length), `${i} of ${texts.length} texts segmented`);
  });
  const { docs } = corpus;
  const features = corpus.buckets.length;
  const folds = Math.min(options.folds, Math.min(...labels.map((l) => counts.get(l) ?? 0)));
  const recipe = (d: Doc[], t: Int32Array): LinearClassifier => {
    hooks.throwIfCancelled?.();
    const c = chooseC(d, t, labels, { grid: options.cGrid, innerFolds: options.innerFolds, minDf: options.minDf, seed: options.seed, features });
    return fitClassifier(d, t, labels, features, { c, minDf: options.minDf, seed: options.seed });
  };
  const cv = crossValidate(docs, y, folds, options.seed, recipe, (done) => hooks.progress?.(0.1 + (0.75 * done) / folds, `cross-validation: fold ${done} of ${folds}`));
  const metrics = classificationMetrics(y, cv.predicted, labels, folds);
  const scale = fitScale(cv.decisions, y);
  hooks.progress?.(0.9, 'fitting on every text');
  const c = chooseC(docs, y, labels, { grid: options.cGrid, innerFolds: options.innerFolds, minDf: options.minDf, seed: options.seed, features });
  const full = fitClassifier(docs, y, labels, features, { c, minDf: options.minDf, seed: options.seed });
  const { classifier, buckets } = compactClassifier(full, corpus.buckets);
  return {
    task: options.task,
    features: options.features,
    minDf: options.minDf,
    c,
    scale,
    buckets,
    classifier,
    rows: texts.length,
    metrics,
    topTerms: topTerms(full, corpus, options.topTerms),
  };
}

