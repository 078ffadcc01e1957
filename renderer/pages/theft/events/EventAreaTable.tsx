import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventCounts } from '../../../../engine/api/gridTypes.js';
import { SortHeader } from '../../../components/TableCells.js';
import { formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';

type Sort = { by: 'area' | 'count'; order: 'ascending' | 'descending' };

/** Meter events per transformer area, most first; either column's header sorts. */
export function EventAreaTable({ byArea }: { byArea: EventCounts['byArea'] }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [sort, setSort] = useState<Sort>({ by: 'count', order: 'descending' });
  const rows = useMemo(() => {
    const sign = sort.order === 'ascending' ? 1 : -1;
    return [...byArea].sort((a, b) => sign * (sort.by === 'count' ? a.count - b.count || a.areaId.localeCompare(b.areaId) : a.areaId.localeCompare(b.areaId)));
  }, [byArea, sort]);
  const orderOf = (by: Sort['by']) => (sort.by === by ? sort.order : 'none');
  const turn = (by: Sort['by']) => setSort(sort.by === by ? { by, order: sort.order === 'ascending' ? 'descending' : 'ascending' } : { by, order: by === 'count' ? 'descending' : 'ascending' });
  return (
    <section className="card" aria-labelledby="theft-events-by-area">
      <h3 id="theft-events-by-area">{t('theft.events.byAreaTitle')}</h3>
      <div className="table-scroll events-area-scroll">
        <table className="table" data-testid="events-by-area">
          <thead>
            <tr>
              <SortHeader label={t('theft.events.area')} order={orderOf('area')} onSort={() => turn('area')} />
              <SortHeader label={t('theft.events.count')} order={orderOf('count')} onSort={() => turn('count')} />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.areaId}>
                <td className="mono">{r.areaId}</td>
                <td className="num">{formatInteger(r.count, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
