import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatDay, formatInteger, formatPercent } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { Chart } from '../../overview/charts/Chart.js';
import { indicatorLabel } from '../texts.js';
import { hitRateOption } from './hitRateOption.js';

/** The inspection days the hit rate counts: 'YYYY-MM-DD' or '' for no bound. */
export interface HitRateRange {
  from: string;
  to: string;
}

export const wholeRange: HitRateRange = { from: '', to: '' };

/**
 * How often inspected leads were confirmed (theft or contract violation): overall, by month of
 * the inspection, and by the indicator reasons the cases were opened with; over the inspection
 * days chosen (the Cases tab keeps them while it lives).
 */
export function HitRatePanel({ range, onRange }: { range: HitRateRange; onRange(range: HitRateRange): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const hit = useQuery('cases.hitRate', { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) });
  const bounded = range.from !== '' || range.to !== '';
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
      <div className="row wrap" role="group" aria-label={t('theft.cases.hitRate.range')}>
        <label className="field inline">
          <span>{t('theft.cases.hitRate.from')}</span>
          <input type="date" value={range.from} max={range.to || undefined} onChange={(e) => onRange({ ...range, from: e.target.value })} data-testid="hit-rate-from" />
        </label>
        <label className="field inline">
          <span>{t('theft.cases.hitRate.to')}</span>
          <input type="date" value={range.to} min={range.from || undefined} onChange={(e) => onRange({ ...range, to: e.target.value })} data-testid="hit-rate-to" />
        </label>
        {bounded && (
          <button type="button" className="btn small ghost" onClick={() => onRange(wholeRange)} data-testid="hit-rate-all">
            {t('theft.cases.hitRate.allDays')}
          </button>
        )}
      </div>
      {!hit.data ? (
        <QueryFallback query={hit} />
      ) : !option ? (
        bounded ? (
          <EmptyState title={t('theft.cases.hitRate.noneInRangeTitle')}>
            {t('theft.cases.hitRate.noneInRangeText', { from: range.from ? formatDay(range.from, language) : '…', to: range.to ? formatDay(range.to, language) : '…' })}
          </EmptyState>
        ) : (
          <EmptyState title={t('theft.cases.hitRate.noneTitle')}>{t('theft.cases.hitRate.noneText')}</EmptyState>
        )
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
