import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { riskDimensions, type RiskDimension } from '../../../../engine/api/riskTypes.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { SelectField } from '../../../components/SelectField.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { Chart } from '../../overview/charts/Chart.js';
import { expectedLossOption } from '../charts/expectedLossOption.js';
import { gradesByOption } from '../charts/gradesByOption.js';
import { scoreHistogramOption } from '../charts/scoreHistogramOption.js';
import { RiskKpis } from './RiskKpis.js';
import { TrainPanel } from './TrainPanel.js';

/**
 * Train a model; once one exists, the latest run's figures, the score histogram, grades by
 * area, industry or category, and the expected loss over the runs.
 */
export function OverviewTab() {
  const { t } = useTranslation();
  const { language } = useSession();
  const catalog = useQuery('catalog.summary', {}, { kinds: ['bills'] });
  const runs = useQuery('risk.runs', { limit: 60 });
  const [by, setBy] = useState<RiskDimension>('area');
  const latest = runs.data?.[0] ?? null;
  const distribution = useQuery('risk.distribution', { by, ...(latest ? { runId: latest.runId } : {}) }, { enabled: latest !== null });
  const reloadRuns = runs.reload;
  const onTrained = useCallback(() => reloadRuns(), [reloadRuns]);
  const noBills = catalog.data !== undefined && (catalog.data.kinds.find((k) => k.kind === 'bills')?.rows ?? 0) === 0;

  const histogram = useMemo(() => (distribution.data ? scoreHistogramOption(distribution.data.histogram, { t, language }) : null), [distribution.data, t, language]);
  const grades = useMemo(() => (distribution.data ? gradesByOption(distribution.data.rows, by, { t, language }) : null), [distribution.data, by, t, language]);
  const trend = useMemo(() => (runs.data && runs.data.length > 0 ? expectedLossOption(runs.data, { t, language }) : null), [runs.data, t, language]);

  return (
    <div className="stack risk-overview">
      <section className="card stack" aria-labelledby="risk-train-title">
        <h2 id="risk-train-title">{t('risk.train.title')}</h2>
        {noBills ? (
          <EmptyState
            title={t('risk.empty.noBillsTitle')}
            actions={
              <button type="button" className="btn primary" onClick={() => navigate('data', 'import')}>
                {t('risk.empty.importBills')}
              </button>
            }
          >
            {t('risk.empty.noBillsText')}
          </EmptyState>
        ) : (
          <TrainPanel onTrained={onTrained} />
        )}
      </section>
      {!runs.data && <QueryFallback query={runs} />}
      {runs.data && !latest && !noBills && <EmptyState title={t('risk.empty.noModelTitle')}>{t('risk.empty.noModelText')}</EmptyState>}
      {latest && <RiskKpis run={latest} />}
      {latest && (
        <div className="card-grid risk-charts">
          <section className="card chart-card" aria-labelledby="risk-histogram" data-chart="risk-histogram">
            <h3 id="risk-histogram">{t('risk.overview.histogram')}</h3>
            {histogram ? <Chart option={histogram} language={language} label={t('risk.overview.histogram')} height={300} /> : <QueryFallback query={distribution} />}
          </section>
          <section className="card chart-card" aria-labelledby="risk-grades-by" data-chart="risk-grades">
            <div className="row spread wrap">
              <h3 id="risk-grades-by">{t('risk.overview.gradesBy')}</h3>
              <SelectField inline label={t('risk.overview.by')} value={by} choices={riskDimensions} choiceLabel={(d) => t(`risk.dimensions.${d}`)} onChange={setBy} testId="risk-by" />
            </div>
            {grades ? <Chart option={grades} language={language} label={t('risk.overview.gradesBy')} height={300} /> : <QueryFallback query={distribution} />}
          </section>
          <section className="card chart-card wide" aria-labelledby="risk-trend" data-chart="risk-trend">
            <h3 id="risk-trend">{t('risk.overview.trend')}</h3>
            <p className="muted small">{t('risk.overview.trendHint')}</p>
            {trend && <Chart option={trend} language={language} label={t('risk.overview.trend')} height={300} />}
          </section>
        </div>
      )}
    </div>
  );
}
