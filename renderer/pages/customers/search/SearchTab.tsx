import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { Pager } from '../../service/Pager.js';
import { categoryLabel } from '../../service/texts.js';
import { Customer360View } from './Customer360View.js';
import { CustomerLink } from '../../../components/CustomerLink.js';

const PAGE = 50;

/** Find a customer by number (masked names); the chosen one's 360 beside the list. */
export function SearchTab({ customerId }: { customerId: string | null }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const page = useQuery('customers.search', { ...(search.trim() ? { search: search.trim() } : {}), offset, limit: PAGE });
  return (
    <div className="stack">
      <div className="row wrap">
        <label className="field inline">
          <span>{t('customers.search.label')}</span>
          <input type="search" value={search} onChange={(e) => { setSearch(e.target.value); setOffset(0); }} placeholder={t('customers.search.hint')} data-testid="customer-search" />
        </label>
        {page.data && <span className="muted small" data-testid="customer-count">{t('customers.search.count', { count: page.data.total, customers: formatInteger(page.data.total, language) })}</span>}
      </div>
      <div className="customers-split">
        <section className="card customers-list" aria-label={t('customers.search.listTitle')}>
          {!page.data ? (
            <QueryFallback query={page} />
          ) : (
            <>
              <div className="table-scroll">
                <table className="table" data-testid="customer-results">
                  <thead>
                    <tr>
                      <th scope="col">{t('customers.columns.customer')}</th>
                      <th scope="col">{t('customers.columns.name')}</th>
                      <th scope="col">{t('customers.columns.category')}</th>
                      <th scope="col">{t('customers.columns.area')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.data.rows.map((r) => (
                      <tr key={r.customerId} className={r.customerId === customerId ? 'chosen' : undefined} data-customer={r.customerId}>
                        <td>
                          <CustomerLink customerId={r.customerId} />
                        </td>
                        <td>{r.name ?? '—'}</td>
                        <td>{categoryLabel(t, r.category)}</td>
                        <td>{r.areaId ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager offset={offset} total={page.data.total} size={PAGE} onChange={setOffset} />
            </>
          )}
        </section>
        {customerId ? <Customer360View key={customerId} customerId={customerId} /> : <p className="muted">{t('customers.search.pick')}</p>}
      </div>
    </div>
  );
}
