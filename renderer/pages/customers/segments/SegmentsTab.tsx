import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { profileDayKinds, type ProfileDayKind } from '../../../../engine/api/segmentsTypes.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { SelectField } from '../../../components/SelectField.js';
import { formatDateTime, formatDecimal, formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';
import { CategoryClusters } from './CategoryClusters.js';

/** Run the load-shape segmentation (window, days, least complete days) and read the latest run's clusters per category. */
export function SegmentsTab() {
  const { t } = useTranslation();
  const { language } = useSession();
  const [windowDays, setWindowDays] = useState('90');
  const [days, setDays] = useState<ProfileDayKind>('weekdays');
  const job = useForecastJob('segments.run');
  const runs = useQuery('segments.runs', { limit: 1 });
  const latest = runs.data?.[0] ?? null;
  const clusters = useQuery('segments.clusters', latest?.runId ? { runId: latest.runId } : {}, { enabled: latest !== null });
  const window = Number(windowDays);
  const valid = Number.isInteger(window) && window >= 7 && window <= 730;
  const run = () => valid && void job.start({ windowDays: window, days }).then((r) => r && runs.reload());
  return (
    <div className="stack segments">
      <section className="card stack" aria-labelledby="segments-run-title">
        <h2 id="segments-run-title">{t('customers.segments.runTitle')}</h2>
        <p className="muted small">{t('segments.criterion')}</p>
        <div className="row wrap">
          <label className="field inline narrow">
            <span>{t('customers.segments.windowDays')}</span>
            <input type="number" min={7} max={730} value={windowDays} onChange={(e) => setWindowDays(e.target.value)} aria-invalid={!valid} data-testid="segments-window" />
          </label>
          <SelectField inline label={t('customers.segments.days')} value={days} choices={profileDayKinds} choiceLabel={(d) => t(`segments.days.${d}`)} onChange={setDays} />
          {job.running ? (
            <JobProgress job={job} label={t('customers.segments.running')} />
          ) : (
            <button type="button" className="btn primary" disabled={!valid} onClick={run} data-testid="segments-run">
              {t('customers.segments.run')}
            </button>
          )}
        </div>
        {job.error && <ErrorNote error={job.error} />}
      </section>
      {!runs.data && <QueryFallback query={runs} />}
      {runs.data && !latest && <EmptyState title={t('customers.segments.noRunTitle')}>{t('customers.segments.noRunText')}</EmptyState>}
      {latest && (
        <p className="muted" data-testid="segments-summary">
          {t('customers.segments.summary', {
            customers: formatInteger(latest.customers, language),
            skipped: formatInteger(latest.skipped, language),
            from: latest.fromDay,
            to: latest.toDay,
            seconds: formatDecimal(latest.seconds, language, 1),
            time: formatDateTime(latest.createdAt, language),
          })}
        </p>
      )}
      {latest && !clusters.data && <QueryFallback query={clusters} />}
      {clusters.data?.categories.map((category) => (
        <CategoryClusters key={category.category ?? ''} runId={clusters.data!.run.runId} category={category} />
      ))}
    </div>
  );
}
