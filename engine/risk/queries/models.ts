// The scorecard view's detail of a saved model (engine/risk/store/models.ts keeps them): its bins
// with WOE, IV and points, the challenger in a line, the validation report and how the workspace
// target was defined.
import type { RiskModelDetail } from '../../api/riskTypes.js';
import type { Db } from '../../store/database.js';
import { challengerFacts } from '../challenger/index.js';
import { getModel } from '../store/models.js';

/** The model asked for, else the latest workspace model; throws risk.model_not_found. */
export function modelDetail(db: Db, modelId?: number): RiskModelDetail {
  const { info, model, detail } = getModel(db, modelId, modelId === undefined ? 'workspace' : undefined);
  return {
    ...info,
    scaling: model.scaling,
    binnings: model.binnings,
    intercept: model.intercept,
    gradeCuts: model.gradeCuts,
    challengerKind: model.challenger.kind,
    challenger: challengerFacts(model.challenger),
    validation: model.validation,
    targetDefinition: detail.targetDefinition ?? null,
  };
}
