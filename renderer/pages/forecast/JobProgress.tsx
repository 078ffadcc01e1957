import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/ProgressBar.js';
import type { JobMethod } from '../../../engine/api/contract.js';
import type { ForecastJob } from './useForecastJob.js';

/** A running job's bar, what it is doing and time left, and Cancel. */
export function JobProgress<M extends JobMethod>({ job, label }: { job: ForecastJob<M>; label: string }) {
  const { t } = useTranslation();
  if (!job.running) return null;
  return (
    <div className="stack forecast-progress" data-testid="forecast-progress">
      <ProgressBar fraction={job.progress?.fraction ?? 0} etaSeconds={job.progress?.etaSeconds} label={label} />
      <div className="row">
        <button type="button" className="btn danger small" onClick={job.cancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
