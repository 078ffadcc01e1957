import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceTagKinds, type ServiceTagKind } from '../../../../engine/api/serviceTypes.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatDateTime, formatInteger } from '../../../i18n/format.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { Pager } from '../Pager.js';
import { categoryLabel, tagName } from '../texts.js';
import { CustomerTagsPanel } from './CustomerTagsPanel.js';
import { LinksPanel } from './LinksPanel.js';
import { TagRunPanel } from './TagRunPanel.js';

const PAGE = 50;

/** Run the tagging, read the customers per tag, the tagged customers and one's evidence (the detail), the complaints after outages and high bills. */
export function TagsTab({ customerId }: { customerId: string | null }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [tag, setTag] = useState<ServiceTagKind | ''>('');
  const [offset, setOffset] = useState(0);
  const page = useQuery('service.tags', { ...(tag ? { tag } : {}), offset, limit: PAGE });
  const counts = new Map(page.data?.counts.map((c) => [c.tag, c.customers]));
  return (
    <div className="stack service-tags">
      <TagRunPanel onDone={page.reload} />
      {!page.data && <QueryFallback query={page} />}
      {page.data && !page.data.run && <EmptyState title={t('service.tags.noRunTitle')}>{t('service.tags.noRunText')}</EmptyState>}
      {page.data?.run && (
        <>
          <p className="muted small">{t('service.tags.taggedAt', { time: formatDateTime(page.data.run.taggedAt, language) })}</p>
          <div className="chip-row" role="group" aria-label={t('service.tags.filter')} data-testid="tag-counts">
            <button type="button" className={tag === '' ? 'chip-toggle active' : 'chip-toggle'} aria-pressed={tag === ''} onClick={() => { setTag(''); setOffset(0); }}>
              {t('service.all')}
            </button>
            {serviceTagKinds.map((kind) => (
              <button key={kind} type="button" className={tag === kind ? 'chip-toggle active' : 'chip-toggle'} aria-pressed={tag === kind} data-tag={kind} onClick={() => { setTag(kind); setOffset(0); }}>
                {tagName(t, kind)} <b>{formatInteger(counts.get(kind) ?? 0, language)}</b>
              </button>
            ))}
          </div>
          <div className="service-tags-split">
            <section className="card" aria-label={t('service.tags.customersTitle')}>
              <div className="table-scroll">
                <table className="table" data-testid="tagged-customers">
                  <thead>
                    <tr>
                      <th scope="col">{t('service.columns.customer')}</th>
                      <th scope="col">{t('service.columns.category')}</th>
                      <th scope="col">{t('service.columns.area')}</th>
                      <th scope="col">{t('service.columns.tags')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.data.rows.map((r) => (
                      <tr key={r.customerId} className={r.customerId === customerId ? 'chosen' : undefined} data-customer={r.customerId}>
                        <td>
                          <button type="button" className="btn ghost small link mono" onClick={() => navigate('service', 'sensitive', r.customerId)} aria-label={t('service.tags.showEvidence', { customer: r.customerId })}>
                            {r.customerId}
                          </button>
                        </td>
                        <td>{categoryLabel(t, r.category)}</td>
                        <td>{r.areaId ?? '—'}</td>
                        <td>{r.tags.map((x) => `${tagName(t, x.tag)} ×${x.count}`).join(t('common.listSeparator'))}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager offset={offset} total={page.data.total} size={PAGE} onChange={setOffset} />
            </section>
            {customerId && <CustomerTagsPanel customerId={customerId} />}
          </div>
          <LinksPanel />
        </>
      )}
    </div>
  );
}
