import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TheftScoreRunInfo } from '../../../../engine/api/theftTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';

/**
 * Score now: every customer as of a day (empty: the last day with consumption), a job with its
 * progress and Cancel. The run it saves is handed on to be shown.
 */
export function ScorePanel({ onScored }: { onScored(run: TheftScoreRunInfo): void }) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState('');
  const job = useForecastJob('theft.score');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (job.running) return;
    void job.start(asOf ? { asOf } : {}).then((run) => run && onScored(run));
  };
  return (
    <form className="row wrap score-panel" onSubmit={submit}>
      <label className="field inline">
        <span>{t('theft.score.asOf')}</span>
        <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} data-testid="score-as-of" />
      </label>
      {!asOf && <span className="muted small">{t('theft.score.asOfDefault')}</span>}
      {job.running ? (
        <JobProgress job={job} label={t('theft.score.running')} />
      ) : (
        <button type="submit" className="btn primary" data-testid="score-now">
          {t('theft.score.run')}
        </button>
      )}
      {job.error && <ErrorNote error={job.error} />}
    </form>
  );
}
