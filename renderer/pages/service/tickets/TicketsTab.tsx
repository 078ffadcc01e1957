import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ticketTypes, type TicketType } from '../../../../engine/api/serviceTypes.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatDecimal, formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { Pager } from '../Pager.js';
import { TicketTable } from './TicketTable.js';

const PAGE = 50;

/** The tickets, latest first: a search in their text or number and a type filter. */
export function TicketsTab() {
  const { t } = useTranslation();
  const { language } = useSession();
  const [search, setSearch] = useState('');
  const [type, setType] = useState<TicketType | ''>('');
  const [offset, setOffset] = useState(0);
  const page = useQuery('service.tickets', { ...(search.trim() ? { search: search.trim() } : {}), ...(type ? { types: [type] } : {}), offset, limit: PAGE }, { kinds: ['tickets'] });
  return (
    <div className="stack">
      <div className="row wrap">
        <label className="field inline">
          <span>{t('service.tickets.search')}</span>
          <input type="search" value={search} onChange={(e) => { setSearch(e.target.value); setOffset(0); }} placeholder={t('service.tickets.searchHint')} data-testid="ticket-search" />
        </label>
        <label className="field inline">
          <span>{t('service.columns.type')}</span>
          <select value={type} onChange={(e) => { setType(e.target.value as TicketType | ''); setOffset(0); }} data-testid="ticket-type">
            <option value="">{t('service.all')}</option>
            {ticketTypes.map((k) => (
              <option key={k} value={k}>{t(`service.types.${k}`)}</option>
            ))}
          </select>
        </label>
      </div>
      {!page.data ? (
        <QueryFallback query={page} />
      ) : (
        <>
          <p className="muted small" data-testid="ticket-count">{t('service.tickets.count', { count: page.data.total, tickets: formatInteger(page.data.total, language) })}</p>
          <TicketTable rows={page.data.rows.map((r) => ({ ...r, handling: r.handlingHours === null ? '—' : t('service.units.hours', { value: formatDecimal(r.handlingHours, language, 1) }) }))} />
          <Pager offset={offset} total={page.data.total} size={PAGE} onChange={setOffset} />
        </>
      )}
    </div>
  );
}
