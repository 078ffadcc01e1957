import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { navigate } from '../../../shell/route.js';
import { useQuery } from '../../../state/useQuery.js';
import { AreaLossChart } from './AreaLossChart.js';
import { LatestLossTable } from './LatestLossTable.js';
import { RisingAreasTable } from './RisingAreasTable.js';

/**
 * Line loss per transformer area: the areas whose loss rose over their own baseline with the
 * suspects inside them, the chosen area's monthly loss (kept in the address), and every area's
 * latest month.
 */
export function AreasTab({ areaId }: { areaId: string | null }) {
  const { t } = useTranslation();
  const rising = useQuery('grid.risingAreas', {});
  const all = useQuery('grid.areaLoss', {});
  const select = (id: string) => navigate('theft', 'areas', id);
  return (
    <div className="stack theft-areas">
      <section className="card stack" aria-labelledby="theft-rising-title">
        <h2 id="theft-rising-title">{t('theft.areas.risingTitle')}</h2>
        <p className="muted small">{t('theft.areas.risingHint')}</p>
        {!rising.data ? (
          <QueryFallback query={rising} />
        ) : rising.data.length === 0 ? (
          <EmptyState title={t('theft.areas.noneRisingTitle')}>{t('theft.areas.noneRisingText')}</EmptyState>
        ) : (
          <RisingAreasTable areas={rising.data} selected={areaId} onSelect={select} />
        )}
      </section>
      {areaId !== null && <AreaLossChart key={areaId} areaId={areaId} rising={rising.data?.find((a) => a.areaId === areaId) ?? null} />}
      {all.data ? <LatestLossTable series={all.data} selected={areaId} onSelect={select} /> : <QueryFallback query={all} />}
    </div>
  );
}
