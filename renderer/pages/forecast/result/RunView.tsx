import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastRun } from '../../../../engine/api/forecastTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { Tabs, type TabItem } from '../../../components/Tabs.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { Chart } from '../../overview/charts/Chart.js';
import { forecastOption } from '../charts/options.js';
import { useForecastChanges } from '../useForecastChanges.js';
import { ChecksList } from './ChecksList.js';
import { CompareSelect } from './CompareSelect.js';
import { ErrorHeatmap } from './ErrorHeatmap.js';
import { MetricsPanel } from './MetricsPanel.js';
import { PointsTable } from './PointsTable.js';
import { RunHeader } from './RunHeader.js';
import { ScenarioPanel } from './ScenarioPanel.js';
import { TemperatureSplit } from './TemperatureSplit.js';

const views = ['metrics', 'errors', 'temperature', 'scenarios', 'points'] as const;
type View = (typeof views)[number];

/** One saved run: what it is, its chart (with a compared run), and its metrics, errors, temperature split, scenarios and values. */
export function RunView({ runId, compareId }: { runId: number; compareId: number | null }) {
  const run = useQuery('forecast.get', { runId });
  useForecastChanges(run.reload, ['forecast.edit']);
  if (run.error || !run.data) return <QueryFallback query={run} />;
  return <RunDetails run={run.data} compareId={compareId} />;
}

function RunDetails({ run, compareId }: { run: ForecastRun; compareId: number | null }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [view, setView] = useState<View>('metrics');
  const compared = useQuery('forecast.get', { runId: compareId ?? 0 }, { enabled: compareId !== null && compareId !== run.runId });
  const compare = compareId !== null ? (compared.data ?? null) : null;
  const context = useMemo(() => ({ t, language }), [t, language]);
  const option = useMemo(() => forecastOption(run, compare, context), [run, compare, context]);
  const items: TabItem<View>[] = views.map((key) => ({ key, label: t(`forecast.views.${key}`) }));
  const warnings = run.checks.filter((c) => c.severity !== 'info').length;
  const chartTitle = t('forecast.chart.title');
  // The checks are below the metrics: shown, scrolled to and focused, so that they are read next.
  const showChecks = () => {
    setView('metrics');
    requestAnimationFrame(() => {
      const heading = document.getElementById('forecast-checks');
      heading?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      heading?.focus({ preventScroll: true });
    });
  };
  return (
    <div className="stack run-view" data-run-id={run.runId ?? undefined}>
      <RunHeader run={run} />
      {warnings > 0 && (
        <div className="note warn note-main" role="status">
          <span>{t('forecast.checks.summary', { count: warnings })}</span>
          <button type="button" className="btn small" onClick={showChecks}>
            {t('forecast.checks.show')}
          </button>
        </div>
      )}
      <section className="card chart-card" aria-labelledby="chart-forecast" data-chart="forecast">
        <div className="row spread wrap">
          <h2 id="chart-forecast">{chartTitle}</h2>
          <CompareSelect run={run} compareId={compareId} />
        </div>
        {compared.error && <ErrorNote error={compared.error} onRetry={compared.reload} />}
        <Chart option={option} language={language} label={chartTitle} height={360} />
      </section>
      <Tabs<View> items={items} active={view} onChange={setView} label={t('forecast.views.label')} idPrefix="forecast-view" />
      <div className="tab-panel" id="forecast-view-panel" role="tabpanel" aria-labelledby={`forecast-view-tab-${view}`}>
        {view === 'metrics' && (
          <>
            <MetricsPanel run={run} />
            <ChecksList checks={run.checks} />
          </>
        )}
        {view === 'errors' && <ErrorHeatmap run={run} />}
        {view === 'temperature' && <TemperatureSplit run={run} />}
        {view === 'scenarios' && <ScenarioPanel run={run} />}
        {view === 'points' && <PointsTable run={run} />}
      </div>
    </div>
  );
}
