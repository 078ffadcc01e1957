// Arrears risk on the worker side: the jobs that train, score, adjust and export.
// PLACEHOLDERS while the module is built this session: each handler below is replaced by the
// engineer building it (engine/risk/workspace, engine/risk/store); none may remain at commit of the module.
import { EngineError } from '../api/errors.js';
import { adjustGrade } from '../risk/adjust/adjust.js';
import { exportCollection } from '../risk/export/exportCollection.js';
import type { JobHandlers } from './registry.js';

const building = (name: string) => () => {
  throw new EngineError('unsupported', `${name} is not built yet`);
};

export const riskJobs: Pick<
  JobHandlers,
  'risk.train' | 'risk.score' | 'risk.trainTable' | 'risk.scoreTable' | 'risk.deleteModel' | 'risk.adjust' | 'risk.export'
> = {
  'risk.train': building('risk.train'),
  'risk.score': building('risk.score'),
  'risk.trainTable': building('risk.trainTable'),
  'risk.scoreTable': building('risk.scoreTable'),
  'risk.deleteModel': building('risk.deleteModel'),
  'risk.adjust': (ctx, args) => {
    const adjusted = adjustGrade(ctx.db(), args);
    ctx.log(`customer ${adjusted.customerId}: grade ${adjusted.fromGrade} -> ${adjusted.grade} by ${adjusted.user}`);
    return adjusted;
  },
  'risk.export': (ctx, { path: file, overwrite, ...list }) =>
    exportCollection(ctx.db(), { ...list, path: file, overwrite, folder: ctx.exportsDir }, {
      throwIfCancelled: () => ctx.throwIfCancelled(),
      progress: (done, total) => ctx.progress(total === 0 ? 1 : done / total, `${done} of ${total} customers`, { done, total }),
    }),
};
