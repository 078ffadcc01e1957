import { useTranslation } from 'react-i18next';
import { channelLabel, ticketTypeLabel } from '../texts.js';

export interface TicketLine {
  ticketId: string;
  customerId?: string | null;
  time: string;
  type: string | null;
  channel: string | null;
  text: string | null;
  satisfaction: number | null;
  /** Handling time in words with its unit. */
  handling: string;
}

/** Tickets as a table: the Tickets tab's page and a customer's 360 use it. */
export function TicketTable({ rows, showCustomer = true }: { rows: TicketLine[]; showCustomer?: boolean }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p className="muted">{t('service.tickets.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="table tickets" data-testid="tickets">
        <thead>
          <tr>
            <th scope="col">{t('service.columns.ticket')}</th>
            {showCustomer && <th scope="col">{t('service.columns.customer')}</th>}
            <th scope="col">{t('service.columns.time')}</th>
            <th scope="col">{t('service.columns.type')}</th>
            <th scope="col">{t('service.columns.channel')}</th>
            <th scope="col">{t('service.columns.text')}</th>
            <th scope="col" className="num">{t('service.columns.satisfaction')}</th>
            <th scope="col" className="num">{t('service.columns.handling')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.ticketId}>
              <td className="mono">{r.ticketId}</td>
              {showCustomer && <td className="mono">{r.customerId ?? '—'}</td>}
              <td>{r.time}</td>
              <td>{ticketTypeLabel(t, r.type)}</td>
              <td>{channelLabel(t, r.channel)}</td>
              <td className="text-cell" title={r.text ?? ''}>{r.text ?? '—'}</td>
              <td className="num">{r.satisfaction ?? '—'}</td>
              <td className="num">{r.handling}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
