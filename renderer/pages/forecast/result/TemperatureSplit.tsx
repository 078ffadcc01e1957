import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastRun } from '../../../../engine/api/forecastTypes.js';
import { useSession } from '../../../state/session.js';
import { Chart } from '../../overview/charts/Chart.js';
import { temperatureOption } from '../charts/options.js';

/** How much of the forecast is due to temperature, and how much to the calendar and recent load. */
export function TemperatureSplit({ run }: { run: ForecastRun }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const option = useMemo(() => temperatureOption(run, { t, language }), [run, t, language]);
  const title = t('forecast.temperatureSplit.title');
  const empty = run.points.every((p) => p.temperatureEffect === null);
  return (
    <section className="card chart-card" aria-labelledby="chart-temperature-split" data-chart="temperature-split">
      <h3 id="chart-temperature-split">{title}</h3>
      <p className="muted small">{t('forecast.temperatureSplit.explain')}</p>
      {empty ? (
        <div className="chart-placeholder empty">
          <p>{t('forecast.temperatureSplit.none')}</p>
        </div>
      ) : (
        <Chart option={option} language={language} label={title} height={320} />
      )}
    </section>
  );
}
