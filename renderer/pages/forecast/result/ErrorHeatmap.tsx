import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastRun } from '../../../../engine/api/forecastTypes.js';
import { useSession } from '../../../state/session.js';
import { Chart } from '../../overview/charts/Chart.js';
import { errorHeatmapOption } from '../charts/options.js';
import { modelLabel } from '../texts.js';

/** The chosen model's backtest error by hour of day and weekday: where the forecast is weak. */
export function ErrorHeatmap({ run }: { run: ForecastRun }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const option = useMemo(() => errorHeatmapOption(run, { t, language }), [run, t, language]);
  const title = t('forecast.heatmap.title', { model: modelLabel(t, run.chosen) });
  const empty = run.errorHeatmap.every((row) => row.every((v) => v === null));
  return (
    <section className="card chart-card" aria-labelledby="chart-error-heatmap" data-chart="error-heatmap">
      <h3 id="chart-error-heatmap">{title}</h3>
      {empty ? (
        <div className="chart-placeholder empty">
          <p>{t('forecast.heatmap.empty')}</p>
        </div>
      ) : (
        <Chart option={option} language={language} label={title} height={300} />
      )}
    </section>
  );
}
