import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/ProgressBar.js';
import type { JobMethod } from '../../../engine/api/contract.js';
import type { ForecastJob } from './useForecastJob.js';

/** A running job's bar, time left and, where given, what is done in the job's own units (scopes of a batch); and Cancel. */
export function JobProgress<M extends JobMethod>({ job, label, counts }: { job: ForecastJob<M>; label: string; counts?: (done: number, total: number) => string }) {
  const { t } = useTranslation();
  if (!job.running) return null;
  const { done, total } = job.progress ?? {};
  return (
    <div className="stack forecast-progress" data-testid="forecast-progress">
      <ProgressBar fraction={job.progress?.fraction ?? 0} etaSeconds={job.progress?.etaSeconds} label={label} />
      {counts && done !== undefined && total !== undefined && total > 0 && <span className="muted small">{counts(done, total)}</span>}
      <div className="row">
        <button type="button" className="btn danger small" onClick={job.cancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
