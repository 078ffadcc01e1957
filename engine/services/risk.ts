// Arrears risk on the worker side: the jobs that train, score, adjust and export.
// PLACEHOLDERS while the module is built this session: each handler below is replaced by the
// engineer building it (engine/risk/workspace, engine/risk/store); none may remain at commit of the module.
import { EngineError } from '../api/errors.js';
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
  'risk.adjust': building('risk.adjust'),
  'risk.export': building('risk.export'),
};
