import { useTranslation } from 'react-i18next';
import type { RisingArea } from '../../../../engine/api/gridTypes.js';
import { formatDecimal, formatInteger, formatPercent } from '../../../i18n/format.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';

/**
 * Areas whose recent loss rose over their own baseline, largest rise first (the engine's order),
 * with the suspects of the latest score run inside them; a suspect opens its evidence.
 */
export function RisingAreasTable({ areas, selected, onSelect }: { areas: RisingArea[]; selected: string | null; onSelect(areaId: string): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const rate = (v: number) => formatPercent(v, language, 1);
  return (
    <div className="table-scroll">
      <table className="table rising-areas" data-testid="rising-areas">
        <thead>
          <tr>
            <th scope="col">{t('theft.areas.area')}</th>
            <th scope="col">{t('theft.areas.feeder')}</th>
            <th scope="col" className="num">{t('theft.areas.baselineRate')}</th>
            <th scope="col" className="num">{t('theft.areas.recentRate')}</th>
            <th scope="col" className="num">{t('theft.areas.risePoints')}</th>
            <th scope="col" className="num">{t('theft.areas.robustZ')}</th>
            <th scope="col" className="num">{t('theft.areas.suspectCount')}</th>
            <th scope="col">{t('theft.areas.topSuspects')}</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((a) => (
            <tr key={a.areaId} className={a.areaId === selected ? 'chosen' : undefined} aria-selected={a.areaId === selected} data-area={a.areaId}>
              <td>
                <button type="button" className="btn ghost small link" onClick={() => onSelect(a.areaId)} aria-label={t('theft.areas.showArea', { area: a.name ?? a.areaId })}>
                  <span className="mono">{a.areaId}</span>
                  {a.name && <span className="muted"> {a.name}</span>}
                </button>
              </td>
              <td className="mono">{a.feederId ?? '—'}</td>
              <td className="num">{rate(a.baselineRate)}</td>
              <td className="num">{rate(a.recentRate)}</td>
              <td className="num strong">{t('theft.areas.points', { value: formatDecimal(a.risePoints, language, 1) })}</td>
              <td className="num">{formatDecimal(a.robustZ, language, 1)}</td>
              <td className="num">{a.suspects ? formatInteger(a.suspects.count, language) : '—'}</td>
              <td className="suspect-links">
                {a.suspects && a.suspects.top.length > 0
                  ? a.suspects.top.map((s) => (
                      <a
                        key={s.customerId}
                        className="mono"
                        href={`#/theft/suspects/${encodeURIComponent(s.customerId)}`}
                        title={t('theft.areas.suspectTitle', { rank: formatInteger(s.rank, language), score: formatDecimal(s.score, language, 2) })}
                        onClick={(event) => {
                          event.preventDefault();
                          navigate('theft', 'suspects', s.customerId);
                        }}
                      >
                        {s.customerId}
                      </a>
                    ))
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
