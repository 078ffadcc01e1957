import { useTranslation } from 'react-i18next';
import { ticketChannels, type ServiceChannels } from '../../../../engine/api/serviceTypes.js';
import { formatInteger, formatPercent } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { categoryLabel, channelLabel } from '../texts.js';

/** Per category or segment: customers, tickets, and the share of customers preferring each channel. */
export function ChannelTable({ data }: { data: ServiceChannels }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const group = (g: string) =>
    data.by === 'category' ? categoryLabel(t, g) : g === 'none' ? t('service.overview.notSegmented') : (t as unknown as (k: string, o: object) => string)(`segments.names.${g}`, { defaultValue: g });
  if (data.groups.length === 0) return <p className="muted">{data.by === 'segment' ? t('service.overview.noSegments') : t('service.empty.noTicketsTitle')}</p>;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="service-channels">
        <thead>
          <tr>
            <th scope="col">{t('service.columns.group')}</th>
            <th scope="col" className="num">{t('service.columns.customers')}</th>
            <th scope="col" className="num">{t('service.columns.tickets')}</th>
            {ticketChannels.map((c) => (
              <th key={c} scope="col" className="num">
                {t('service.columns.prefers', { channel: channelLabel(t, c) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.groups.map((g) => (
            <tr key={g.group}>
              <td>{group(g.group)}</td>
              <td className="num">{formatInteger(g.customers, language)}</td>
              <td className="num">{formatInteger(g.tickets, language)}</td>
              {ticketChannels.map((c) => (
                <td key={c} className="num">
                  {formatPercent(g.preferredShare[c] ?? 0, language, 1)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
