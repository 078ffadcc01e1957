import { useTranslation } from 'react-i18next';
import type { TheftModelView } from '../../../../engine/api/theftModelTypes.js';
import type { TheftScoreRunInfo } from '../../../../engine/api/theftTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { formatDay, formatInteger } from '../../../i18n/format.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';
import { newOutcomeCount } from './modelRows.js';

/**
 * The outcomes recorded since the run (cases closed, inspections imported) and "Retrain with N
 * new outcomes": theft.score as of the run's day, which refits the supervised model from every
 * outcome; the new run is then the one in view.
 */
export function Retrain({ view, onRetrained }: { view: TheftModelView; onRetrained(run: TheftScoreRunInfo): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const job = useForecastJob('theft.score');
  const count = newOutcomeCount(view);
  const asOf = formatDay(view.run.asOf, language);
  const retrain = () => void job.start({ asOf: view.run.asOf }).then((run) => run && onRetrained(run));
  return (
    <section className="card stack" aria-labelledby="theft-retrain-title" data-testid="model-retrain">
      <h2 id="theft-retrain-title">{t('theft.model.outcomesTitle')}</h2>
      <p data-testid="model-new-outcomes">
        {t('theft.model.outcomes', { cases: formatInteger(view.newOutcomes.cases, language), inspections: formatInteger(view.newOutcomes.inspections, language), asOf })}
      </p>
      {view.newOutcomes.later > 0 && (
        <p className="muted small">{t('theft.model.later', { count: view.newOutcomes.later, formatted: formatInteger(view.newOutcomes.later, language), asOf })}</p>
      )}
      <p className="muted small">{t('theft.model.retrainHint', { asOf })}</p>
      {job.running ? (
        <JobProgress job={job} label={t('theft.model.retraining')} />
      ) : (
        <div className="row wrap">
          <button type="button" className="btn primary" onClick={retrain} data-testid="model-retrain-button">
            {t('theft.model.retrain', { count, formatted: formatInteger(count, language) })}
          </button>
          <button type="button" className="btn" onClick={() => navigate('theft', 'suspects')}>
            {t('theft.model.showSuspects')}
          </button>
        </div>
      )}
      {job.error && <ErrorNote error={job.error} />}
    </section>
  );
}
