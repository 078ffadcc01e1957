// Arrears risk on the worker side: the jobs that train, score, adjust and export.
// Training and scoring on the workspace's customers live in engine/risk/workspace, saved models
// and runs in engine/risk/store; an analyst's own tables in engine/risk/tableJobs.
import path from 'node:path';
import { adjustGrade } from '../risk/adjust/adjust.js';
import { exportCollection } from '../risk/export/exportCollection.js';
import { scoreTable } from '../risk/tableJobs/scoreTable.js';
import { trainTable } from '../risk/tableJobs/trainTable.js';
import { parseIsoDay } from '../core/calendar.js';
import { deleteModel } from '../risk/store/models.js';
import type { JobHooks } from '../risk/workspace/train.js';
import { trainWorkspaceModel } from '../risk/workspace/trainJob.js';
import { scoreWorkspaceCustomers } from '../risk/workspace/scoreJob.js';
import type { JobContext } from './context.js';
import { audited, givenArgs } from '../audit/audited.js';
import { auditExport } from '../audit/exported.js';
import type { JobHandlers } from './registry.js';

function jobHooks(ctx: JobContext): JobHooks {
  return {
    progress: (fraction, message) => ctx.progress(fraction, message),
    log: (line) => ctx.log(line),
    throwIfCancelled: () => ctx.throwIfCancelled(),
  };
}

export const riskJobs: Pick<
  JobHandlers,
  'risk.train' | 'risk.score' | 'risk.trainTable' | 'risk.scoreTable' | 'risk.deleteModel' | 'risk.adjust' | 'risk.export'
> = {
  'risk.train': (ctx, { asOf, horizonMonths, history, name, scaling, binEdits, exclude }) => {
    const day = asOf === undefined ? undefined : parseIsoDay(asOf);
    return trainWorkspaceModel(ctx.db(), { asOf: day, horizonMonths, history, name, scaling, binEdits, exclude }, jobHooks(ctx));
  },
  'risk.score': (ctx, { modelId, asOf, out }) => {
    const day = asOf === undefined ? undefined : parseIsoDay(asOf);
    const result = scoreWorkspaceCustomers(ctx.db(), { modelId, asOf: day, out }, jobHooks(ctx));
    if (result.csvPath !== null) auditExport(ctx, { method: 'risk.score', path: result.csvPath, rows: result.customers, unmasked: false });
    return result;
  },
  'risk.trainTable': (ctx, args) => {
    const info = trainTable(ctx.db(), args, (fraction) => {
      ctx.throwIfCancelled();
      ctx.progress(fraction, `training on ${path.basename(args.path)}`);
    });
    ctx.log(`model ${info.modelId} trained on ${info.fileName} (${info.rows} rows, ${info.bads} bads): scorecard AUC ${info.scorecardAuc.toFixed(3)}, challenger ${info.challengerAuc.toFixed(3)}`);
    return info;
  },
  'risk.scoreTable': async (ctx, { modelId, input, path: file, overwrite }) => {
    const result = await scoreTable(ctx.db(), { modelId, input, path: file, overwrite, folder: ctx.exportsDir });
    ctx.log(`${result.rows} rows scored with model ${modelId} to ${result.path}`);
    // The rows are the user's own table's, with their scores: written as they came.
    auditExport(ctx, { method: 'risk.scoreTable', path: result.path, rows: result.rows, unmasked: false, detail: { modelId, input } });
    return result;
  },
  'risk.deleteModel': (ctx, { modelId }) => {
    const deleted = deleteModel(ctx.db(), modelId);
    ctx.log(deleted ? `risk model ${modelId} deleted with its score runs` : `no risk model ${modelId} to delete`);
    return { modelId, deleted };
  },
  'risk.adjust': (ctx, args) => {
    const adjusted = audited(
      ctx,
      () => adjustGrade(ctx.db(), args),
      (a) => ({ action: 'override', subject: `customer ${a.customerId}`, detail: { method: 'risk.adjust', fromGrade: a.fromGrade, grade: a.grade, reason: a.reason, adjustmentId: a.adjustmentId } }),
    );
    ctx.log(`customer ${adjusted.customerId}: grade ${adjusted.fromGrade} -> ${adjusted.grade} by ${adjusted.user}`);
    return adjusted;
  },
  'risk.export': async (ctx, { path: file, overwrite, ...list }) => {
    const written = await exportCollection(ctx.db(), { ...list, path: file, overwrite, folder: ctx.exportsDir }, {
      throwIfCancelled: () => ctx.throwIfCancelled(),
      progress: (done, total) => ctx.progress(total === 0 ? 1 : done / total, `${done} of ${total} customers`, { done, total }),
    });
    auditExport(ctx, { method: 'risk.export', path: written.path, unmasked: list.unmask, detail: givenArgs(list, ['unmask']) });
    return written;
  },
};
