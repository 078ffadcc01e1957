import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendationSort } from '../../../../engine/api/customersTypes.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatDecimal, formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { Pager } from '../../service/Pager.js';
import { DEFAULT_PRICES, scenarioOf, type PricesText } from './prices.js';
import { PricesForm } from './PricesForm.js';
import { RecommendationFilters, type RecommendationFilter } from './RecommendationFilters.js';
import { RecommendationTable } from './RecommendationTable.js';

const PAGE = 50;

/** Time-of-use savings, demand-response potential and peer comparison per customer with curves, under the prices typed. */
export function RecommendationsTab() {
  const { t } = useTranslation();
  const { language } = useSession();
  const [text, setText] = useState<PricesText>(DEFAULT_PRICES);
  const [applied, setApplied] = useState(scenarioOf(DEFAULT_PRICES)!);
  const [sort, setSort] = useState<RecommendationSort>('saving');
  const [offset, setOffset] = useState(0);
  const scenario = scenarioOf(text);
  const [filter, setFilter] = useState<RecommendationFilter>({});
  const page = useQuery('customers.recommendations', { ...applied, ...filter, sort, offset, limit: PAGE });
  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="recs-prices">
        <h2 id="recs-prices">{t('customers.recs.title')}</h2>
        <PricesForm value={text} onChange={setText} valid={scenario !== null} />
        <div className="row">
          <button type="button" className="btn primary" disabled={!scenario} onClick={() => { if (scenario) { setApplied(scenario); setOffset(0); } }} data-testid="recs-compute">
            {t('customers.recs.compute')}
          </button>
        </div>
      </section>
      <RecommendationFilters
        value={filter}
        onChange={(next) => {
          setFilter(next);
          setOffset(0);
        }}
      />
      {!page.data ? (
        <QueryFallback query={page} />
      ) : page.data.total === 0 ? (
        <p className="muted">{t('customers.recs.none')}</p>
      ) : (
        <section className="card stack" aria-label={t('customers.recs.listTitle')}>
          <p className="muted small" data-testid="recs-count">
            {t('customers.recs.count', { count: page.data.total, customers: formatInteger(page.data.total, language), share: formatDecimal(page.data.shiftShare * 100, language, 0) })}
          </p>
          <RecommendationTable rows={page.data.rows} offset={offset} sort={sort} onSort={(s) => { setSort(s); setOffset(0); }} />
          <Pager offset={offset} total={page.data.total} size={PAGE} onChange={setOffset} />
        </section>
      )}
    </div>
  );
}
