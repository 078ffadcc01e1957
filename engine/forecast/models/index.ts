// The fitted models, by id.
import type { FittedModelId } from '../../api/forecastTypes.js';
import type { ModelSpec } from '../types.js';
import { mlModel } from './ml.js';
import { naiveModel } from './naive.js';
import { recencyModel } from './recency.js';
import { vanillaModel } from './vanilla.js';

export const modelSpecs: Record<FittedModelId, ModelSpec> = {
  naive: naiveModel,
  vanilla: vanillaModel,
  recency: recencyModel,
  ml: mlModel,
};
