import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaLossSeries } from '../../../../engine/api/gridTypes.js';
import { SortHeader } from '../../../components/TableCells.js';
import { formatInteger, formatMonth, formatPercent } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';

export interface LatestLoss {
  areaId: string;
  name: string | null;
  month: string;
  suppliedKwh: number;
  lossRate: number | null;
}

/** Every area's loss in the workspace's latest month with supply (an area without it that month is left out). */
export function latestLosses(series: AreaLossSeries[]): { month: string | null; rows: LatestLoss[] } {
  const month = series.reduce<string | null>((latest, s) => {
    const last = s.points[s.points.length - 1]?.period ?? null;
    return last !== null && (latest === null || last > latest) ? last : latest;
  }, null);
  const rows = series.flatMap((s) => {
    const p = s.points.find((point) => point.period === month);
    return p ? [{ areaId: s.areaId, name: s.name, month: p.period, suppliedKwh: p.suppliedKwh, lossRate: p.lossRate }] : [];
  });
  return { month, rows };
}

/** Unknown rates last in either order. */
function byRate(order: 'ascending' | 'descending') {
  return (a: LatestLoss, b: LatestLoss) => {
    if (a.lossRate === null || b.lossRate === null) return a.lossRate === null ? (b.lossRate === null ? 0 : 1) : -1;
    return order === 'descending' ? b.lossRate - a.lossRate : a.lossRate - b.lossRate;
  };
}

/** All areas' loss rates of the latest month, highest first (a click on the header turns the order). */
export function LatestLossTable({ series, selected, onSelect }: { series: AreaLossSeries[]; selected: string | null; onSelect(areaId: string): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [order, setOrder] = useState<'ascending' | 'descending'>('descending');
  const { month, rows } = useMemo(() => latestLosses(series), [series]);
  const sorted = useMemo(() => [...rows].sort(byRate(order)), [rows, order]);
  return (
    <section className="card" aria-labelledby="theft-latest-loss">
      <h3 id="theft-latest-loss">{t('theft.areas.latestTitle', { month: formatMonth(month, language) })}</h3>
      <div className="table-scroll latest-loss-scroll">
        <table className="table" data-testid="latest-loss">
          <thead>
            <tr>
              <th scope="col">{t('theft.areas.area')}</th>
              <th scope="col" className="num">{t('theft.areas.supplied')}</th>
              <SortHeader label={t('theft.areas.lossRate')} order={order} onSort={() => setOrder(order === 'descending' ? 'ascending' : 'descending')} />
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.areaId} className={r.areaId === selected ? 'chosen' : undefined}>
                <td>
                  <button type="button" className="btn ghost small link" onClick={() => onSelect(r.areaId)}>
                    <span className="mono">{r.areaId}</span>
                    {r.name && <span className="muted"> {r.name}</span>}
                  </button>
                </td>
                <td className="num">{formatInteger(r.suppliedKwh, language)}</td>
                <td className={r.lossRate !== null && r.lossRate < 0 ? 'num warn' : 'num'}>{formatPercent(r.lossRate, language, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
