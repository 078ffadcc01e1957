import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyCount } from '../../../../engine/api/serviceTypes.js';
import { SortHeader } from '../../../components/TableCells.js';
import { formatInteger, formatPercent } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { channelLabel } from '../texts.js';

/** Tickets by channel or area: a small table sortable by name or count. */
export function KeyCounts({ title, rows, kind }: { title: string; rows: KeyCount[]; kind: 'channel' | 'area' }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [byName, setByName] = useState(false);
  const label = (key: string) => (key === 'unknown' ? t('service.unknown') : kind === 'channel' ? channelLabel(t, key) : key);
  const sorted = [...rows].sort((a, b) => (byName ? label(a.key).localeCompare(label(b.key)) : b.count - a.count));
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return (
    <section className="card" aria-label={title}>
      <h3>{title}</h3>
      <div className="table-scroll service-counts">
        <table className="table" data-testid={`service-by-${kind}`}>
          <thead>
            <tr>
              <th scope="col" aria-sort={byName ? 'ascending' : 'none'}>
                <button type="button" className="sort-button" onClick={() => setByName(true)}>
                  {kind === 'channel' ? t('service.columns.channel') : t('service.columns.area')} {byName ? '▲' : ''}
                </button>
              </th>
              <SortHeader label={t('service.columns.tickets')} order={byName ? 'none' : 'descending'} onSort={() => setByName(false)} />
              <th scope="col" className="num">{t('service.columns.share')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.key}>
                <td>{label(r.key)}</td>
                <td className="num">{formatInteger(r.count, language)}</td>
                <td className="num">{formatPercent(total ? r.count / total : null, language, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
