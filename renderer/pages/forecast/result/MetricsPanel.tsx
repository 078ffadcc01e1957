import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayTypes, type ForecastRun, type ModelMetrics } from '../../../../engine/api/forecastTypes.js';
import { SortHeader } from '../../../components/TableCells.js';
import { formatPercent } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { formatLoad, formatPercentValue, modelLabel, stationName } from '../texts.js';
import { COVERAGE_TARGET, metricColumns, sortMetrics, type MetricColumn } from './metricsSort.js';

/**
 * Each model's backtest: MAPE, WAPE, RMSE, bias, pinball loss and the P10-P90 coverage against
 * its 80% target, sortable, the model used marked; what auto chose, the ensemble's weights,
 * the weather station used and how each candidate did, and MAPE by day type.
 */
export function MetricsPanel({ run }: { run: ForecastRun }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [sort, setSort] = useState<{ column: MetricColumn; worstFirst: boolean } | null>(null);
  const rows = sort ? sortMetrics(run.metrics, sort.column, sort.worstFirst) : run.metrics;
  const load = (v: number | null) => formatLoad(v, run.unit, t, language);
  const cell = (m: ModelMetrics, column: MetricColumn): string => {
    if (column === 'mape' || column === 'wape') return formatPercentValue(m[column], language);
    if (column === 'coverage') return formatPercent(m.coverage, language, 0);
    return load(m[column]);
  };
  const toggle = (column: MetricColumn) =>
    setSort((s) => (s?.column !== column ? { column, worstFirst: false } : s.worstFirst ? null : { column, worstFirst: true }));
  const weights = Object.entries(run.weights).filter(([, w]) => w !== undefined && w > 0) as [Parameters<typeof modelLabel>[1], number][];
  const shownDayTypes = dayTypes.filter((d) => run.metrics.some((m) => m.byDayType[d] !== undefined && m.byDayType[d] !== null));
  return (
    <div className="stack">
      <section className="card" aria-labelledby="forecast-metrics">
        <h3 id="forecast-metrics">{t('forecast.metrics.title')}</h3>
        <p className="muted small">
          {t('forecast.metrics.explain', { origins: run.metrics[0]?.origins ?? 0, target: formatPercent(COVERAGE_TARGET, language, 0) })}
        </p>
        <div className="table-scroll">
          <table className="table compact metrics-table" data-testid="metrics-table">
            <thead>
              <tr>
                <th scope="col">{t('forecast.metrics.model')}</th>
                {metricColumns.map((column) => (
                  <SortHeader
                    key={column}
                    label={t(`forecast.metrics.${column}`)}
                    order={sort?.column !== column ? 'none' : sort.worstFirst ? 'descending' : 'ascending'}
                    onSort={() => toggle(column)}
                    title={t('forecast.metrics.sortHint')}
                  />
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => {
                const chosen = m.model === run.chosen;
                return (
                  <tr key={m.model} className={chosen ? 'chosen' : m.model === 'auto' ? 'dim' : undefined} data-model={m.model} aria-current={chosen ? 'true' : undefined}>
                    <th scope="row">
                      {m.model === 'auto' ? t('forecast.metrics.autoRow') : modelLabel(t, m.model)}
                      {chosen && <span className="badge chosen">{t('forecast.metrics.used')}</span>}
                    </th>
                    {metricColumns.map((column) => (
                      <td
                        key={column}
                        className={column === 'coverage' && m.coverage !== null && Math.abs(m.coverage - COVERAGE_TARGET) > 0.1 ? 'num warn' : 'num'}
                      >
                        {cell(m, column)}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <div className="card-grid">
        <section className="card" aria-labelledby="forecast-choice">
          <h3 id="forecast-choice">{t('forecast.metrics.choice')}</h3>
          <p>{run.model === 'auto' ? t('forecast.autoChose', { model: modelLabel(t, run.chosen) }) : t('forecast.metrics.asked', { model: modelLabel(t, run.chosen) })}</p>
          {weights.length > 0 && (
            <dl className="facts">
              <dt>{t('forecast.metrics.weights')}</dt>
              <dd>{weights.map(([model, w]) => `${modelLabel(t, model)} ${formatPercent(w, language, 0)}`).join(t('common.listSeparator'))}</dd>
            </dl>
          )}
        </section>
        <section className="card" aria-labelledby="forecast-station">
          <h3 id="forecast-station">{t('forecast.metrics.station')}</h3>
          {run.station ? (
            <>
              <p data-testid="station-used">{t('forecast.metrics.stationUsed', { station: stationName(t, run.station.used) })}</p>
              {run.station.candidates.length > 1 && (
                <table className="table compact">
                  <thead>
                    <tr>
                      <th scope="col">{t('forecast.metrics.candidate')}</th>
                      <th scope="col" className="num">{t('forecast.metrics.mape')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {run.station.candidates.map((c) => (
                      <tr key={c.station} className={c.station === run.station!.used ? 'chosen' : undefined}>
                        <td>{stationName(t, c.station)}</td>
                        <td className="num">{formatPercentValue(c.mape, language)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          ) : (
            <p className="muted">{t('forecast.metrics.noStation')}</p>
          )}
        </section>
        {shownDayTypes.length > 0 && (
          <section className="card" aria-labelledby="forecast-daytypes">
            <h3 id="forecast-daytypes">{t('forecast.metrics.byDayType')}</h3>
            <table className="table compact">
              <thead>
                <tr>
                  <th scope="col">{t('forecast.metrics.model')}</th>
                  {shownDayTypes.map((d) => (
                    <th key={d} scope="col" className="num">
                      {t(`forecast.dayTypes.${d}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {run.metrics.map((m) => (
                  <tr key={m.model} className={m.model === run.chosen ? 'chosen' : undefined}>
                    <th scope="row">{m.model === 'auto' ? t('forecast.metrics.autoRow') : modelLabel(t, m.model)}</th>
                    {shownDayTypes.map((d) => (
                      <td key={d} className="num">
                        {formatPercentValue(m.byDayType[d], language)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </div>
    </div>
  );
}

