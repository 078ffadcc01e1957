import { useTranslation } from 'react-i18next';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatDecimal, formatInteger, formatYuan } from '../../../i18n/format.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { eventTypeLabel } from '../texts.js';

/** Complaints that followed outages and complaints that followed bills far above the customer's history, latest first. */
export function LinksPanel() {
  const { t } = useTranslation();
  const { language } = useSession();
  const links = useQuery('service.links', { limit: 50 });
  if (!links.data) return <QueryFallback query={links} />;
  const customer = (id: string) => (
    <button type="button" className="btn ghost small link mono" onClick={() => navigate('service', 'sensitive', id)}>
      {id}
    </button>
  );
  return (
    <div className="stack">
      <section className="card" aria-labelledby="links-outages">
        <h3 id="links-outages">{t('service.links.outages', { count: links.data.outages.total, total: formatInteger(links.data.outages.total, language) })}</h3>
        <div className="table-scroll service-links">
          <table className="table" data-testid="links-outages">
            <thead>
              <tr>
                <th scope="col">{t('service.columns.ticket')}</th>
                <th scope="col">{t('service.columns.customer')}</th>
                <th scope="col">{t('service.columns.day')}</th>
                <th scope="col">{t('service.links.event')}</th>
                <th scope="col" className="num">{t('service.links.daysAfter')}</th>
              </tr>
            </thead>
            <tbody>
              {links.data.outages.rows.map((r) => (
                <tr key={`${r.ticketId}:${r.meterId}:${r.eventDay}`}>
                  <td className="mono">{r.ticketId}</td>
                  <td>{customer(r.customerId)}</td>
                  <td>{r.day}</td>
                  <td>{t('service.links.eventText', { event: eventTypeLabel(t, r.eventType), day: r.eventDay, scope: t(`service.tags.scope.${r.scope}`) })}</td>
                  <td className="num">{formatInteger(r.daysAfter, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="links-bills">
        <h3 id="links-bills">{t('service.links.highBills', { count: links.data.highBills.total, total: formatInteger(links.data.highBills.total, language) })}</h3>
        <div className="table-scroll service-links">
          <table className="table" data-testid="links-bills">
            <thead>
              <tr>
                <th scope="col">{t('service.columns.ticket')}</th>
                <th scope="col">{t('service.columns.customer')}</th>
                <th scope="col">{t('service.columns.day')}</th>
                <th scope="col">{t('service.links.month')}</th>
                <th scope="col" className="num">{t('service.links.billed')}</th>
                <th scope="col" className="num">{t('service.links.median')}</th>
                <th scope="col" className="num">{t('service.links.ratio')}</th>
              </tr>
            </thead>
            <tbody>
              {links.data.highBills.rows.map((r) => (
                <tr key={`${r.ticketId}:${r.month}`}>
                  <td className="mono">{r.ticketId}</td>
                  <td>{customer(r.customerId)}</td>
                  <td>{r.day}</td>
                  <td>{r.month}</td>
                  <td className="num">{formatYuan(r.billedYuan, language)}</td>
                  <td className="num">{formatYuan(r.medianYuan, language)}</td>
                  <td className="num strong">×{formatDecimal(r.ratio, language, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
