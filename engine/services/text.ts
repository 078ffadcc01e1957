// Ticket text on the worker side (engine/text): training and classifying jobs, saved models and
// their top terms, the labels the tickets got, and the analyst's keyword rules.
import { labelsPage } from '../text/store/labels.js';
import { deleteTextModel, listTextModels, loadTextModel } from '../text/store/models.js';
import { listRules, saveRules } from '../text/store/rules.js';
import { previewTextTable } from '../text/table.js';
import { classifyTicketsJob } from '../text/workspace/classifyJob.js';
import { trainTextJob } from '../text/workspace/trainJob.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

export const textJobs: Pick<JobHandlers, 'text.train' | 'text.classify' | 'text.deleteModel' | 'text.saveRules'> = {
  'text.train': (ctx, args) =>
    trainTextJob(ctx.db(), args, {
      progress: (fraction, message) => ctx.progress(fraction, message),
      throwIfCancelled: () => ctx.throwIfCancelled(),
      log: (line) => ctx.log(line),
    }),
  'text.classify': (ctx, { modelId }) => {
    const result = classifyTicketsJob(ctx.db(), modelId, {
      progress: (fraction, message) => ctx.progress(fraction, message),
      throwIfCancelled: () => ctx.throwIfCancelled(),
    });
    ctx.log(`${result.tickets} tickets labelled with text model ${result.modelId} (${result.ruleHits} by keyword rules)`);
    return result;
  },
  'text.deleteModel': (ctx, { modelId }) => {
    const deleted = deleteTextModel(ctx.db(), modelId);
    ctx.log(deleted ? `text model ${modelId} deleted with its ticket labels` : `no text model ${modelId} to delete`);
    return { modelId, deleted };
  },
  'text.saveRules': (ctx, { task, rules }) => {
    const saved = saveRules(ctx.db(), task, rules);
    ctx.log(`${saved.length} keyword rules saved for ${task}`);
    return saved;
  },
};

export const textQueries: Pick<QueryHandlers, 'text.models' | 'text.topTerms' | 'text.labels' | 'text.rules' | 'text.previewTable'> = {
  'text.models': (ctx) => listTextModels(ctx.db()),
  'text.topTerms': (ctx, { modelId, limit }) => {
    const { info, model } = loadTextModel(ctx.db(), modelId);
    return { modelId: info.modelId, labels: model.topTerms.map((t) => ({ label: t.label, terms: t.terms.slice(0, limit) })) };
  },
  'text.labels': (ctx, args) => labelsPage(ctx.db(), args),
  'text.rules': (ctx, { task }) => listRules(ctx.db(), task),
  'text.previewTable': (_ctx, { path }) => previewTextTable(path),
};
