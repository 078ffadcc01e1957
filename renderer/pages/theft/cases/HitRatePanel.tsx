import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatInteger, formatPercent } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { Chart } from '../../overview/charts/Chart.js';
import { indicatorLabel } from '../texts.js';
import { hitRateOption } from './hitRateOption.js';

/**
 * How often inspected leads were confirmed (theft or contract violation): overall, by month of
 * the inspection, and by the indicator reasons the cases were opened with.
 */
export function HitRatePanel() {
  const { t } = useTranslation();
  const { language } = useSession();
  const hit = useQuery('cases.hitRate', {});
  const option = useMemo(() => (hit.data && hit.data.overall.inspected > 0 ? hitRateOption(hit.data, { t, language }) : null), [hit.data, t, language]);
  const title = t('theft.cases.hitRate.chartTitle');
  return (
    <section className="card stack" aria-labelledby="theft-hit-rate-title" data-testid="hit-rate">
      <div className="row spread wrap">
        <h2 id="theft-hit-rate-title">{t('theft.cases.hitRate.title')}</h2>
        {hit.data && option && (
          <span className="muted small" data-testid="hit-rate-overall">
            {t('theft.cases.hitRate.overall', {
              confirmed: formatInteger(hit.data.overall.confirmed, language),
              inspected: formatInteger(hit.data.overall.inspected, language),
              rate: formatPercent(hit.data.overall.rate, language, 1),
            })}
          </span>
        )}
      </div>
      {!hit.data ? (
        <QueryFallback query={hit} />
      ) : !option ? (
        <EmptyState title={t('theft.cases.hitRate.noneTitle')}>{t('theft.cases.hitRate.noneText')}</EmptyState>
      ) : (
        <>
          <section className="chart-card" aria-labelledby="chart-hit-rate" data-chart="hit-rate">
            <h3 id="chart-hit-rate">{title}</h3>
            <Chart option={option} language={language} label={title} height={260} />
          </section>
          <div className="table-scroll">
            <table className="table" data-testid="hit-rate-reasons">
              <thead>
                <tr>
                  <th scope="col">{t('theft.cases.hitRate.reason')}</th>
                  <th scope="col" className="num">{t('theft.cases.hitRate.inspected')}</th>
                  <th scope="col" className="num">{t('theft.cases.hitRate.confirmed')}</th>
                  <th scope="col" className="num">{t('theft.cases.hitRate.rate')}</th>
                </tr>
              </thead>
              <tbody>
                {hit.data.byReason.map((r) => (
                  <tr key={r.reason} data-reason={r.reason}>
                    <td>{indicatorLabel(t, r.reason)}</td>
                    <td className="num">{formatInteger(r.inspected, language)}</td>
                    <td className="num">{formatInteger(r.confirmed, language)}</td>
                    <td className="num">{formatPercent(r.rate, language, 1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
