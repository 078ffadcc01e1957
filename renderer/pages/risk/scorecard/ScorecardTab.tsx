import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BinEdit, RiskTrainResult } from '../../../../engine/api/riskTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';
import { ModelQuery } from './ModelQuery.js';
import { retrainAsOf } from './retrainDay.js';
import { ScorecardView } from './ScorecardView.js';

/** The workspace model's scorecard; retraining with the analyst's bins trains a new workspace model as the last one was (as-of, horizon, scaling). */
export function ScorecardTab() {
  const { t } = useTranslation();
  const job = useForecastJob('risk.train');
  const [retrained, setRetrained] = useState<RiskTrainResult | null>(null);
  return (
    <ModelQuery source="workspace" chosen={retrained?.model.modelId ?? null}>
      {(model, reload) => {
        const asOf = retrainAsOf(model);
        const retrain = (binEdits: Record<string, BinEdit>) =>
          void job
            .start({
              ...(asOf ? { asOf } : {}),
              ...(model.horizonMonths ? { horizonMonths: model.horizonMonths } : {}),
              scaling: model.scaling,
              binEdits,
            })
            .then((result) => {
              if (!result) return;
              setRetrained(result);
              reload();
            });
        return (
          <>
            {job.running && <JobProgress job={job} label={t('risk.scorecard.retraining')} />}
            {job.error && <ErrorNote error={job.error} />}
            <ScorecardView key={model.modelId} model={model} onRetrain={job.running ? null : retrain} />
          </>
        );
      }}
    </ModelQuery>
  );
}
