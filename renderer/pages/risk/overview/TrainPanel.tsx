import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskTrainResult } from '../../../../engine/api/riskTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';
import { DEFAULT_SCALING, scalingOf, ScalingFields, type ScalingText } from './ScalingFields.js';

/**
 * Train model: the scorecard and its challenger on the workspace's customers as of a day
 * (empty: the last billing month), the target within the horizon, the points scaling; a job
 * with progress and Cancel. It scores every customer afterwards, one run per month-end.
 */
export function TrainPanel({ onTrained }: { onTrained(result: RiskTrainResult): void }) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState('');
  const [horizon, setHorizon] = useState('6');
  const [scaling, setScaling] = useState<ScalingText>(DEFAULT_SCALING);
  const job = useForecastJob('risk.train');
  const horizonMonths = Number(horizon);
  const horizonValid = Number.isInteger(horizonMonths) && horizonMonths >= 1 && horizonMonths <= 24;
  const parsed = scalingOf(scaling);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (job.running || !horizonValid || !parsed) return;
    void job.start({ ...(asOf ? { asOf } : {}), horizonMonths, scaling: parsed }).then((result) => result && onTrained(result));
  };
  return (
    <form className="stack compact" onSubmit={submit} aria-label={t('risk.train.title')}>
      <div className="row wrap">
        <label className="field inline">
          <span>{t('risk.train.asOf')}</span>
          <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} data-testid="risk-as-of" />
        </label>
        <label className="field inline narrow">
          <span>{t('risk.train.horizon')}</span>
          <input type="number" min={1} max={24} value={horizon} onChange={(e) => setHorizon(e.target.value)} aria-invalid={!horizonValid} data-testid="risk-horizon" />
        </label>
        <ScalingFields value={scaling} onChange={setScaling} />
      </div>
      <p className="muted small">{t('risk.train.hint')}</p>
      <div className="row wrap">
        {job.running ? (
          <JobProgress job={job} label={t('risk.train.running')} />
        ) : (
          <button type="submit" className="btn primary" disabled={!horizonValid || !parsed} data-testid="risk-train">
            {t('risk.train.run')}
          </button>
        )}
      </div>
      {job.error && <ErrorNote error={job.error} />}
    </form>
  );
}
