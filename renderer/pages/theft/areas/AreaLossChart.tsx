import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RisingArea } from '../../../../engine/api/gridTypes.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { Chart } from '../../overview/charts/Chart.js';
import { areaLossOption } from './areaLossOption.js';

/** One area's monthly line-loss rate, with its baseline and recent windows when it is a rising area. */
export function AreaLossChart({ areaId, rising }: { areaId: string; rising: RisingArea | null }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const loss = useQuery('grid.areaLoss', { areaId });
  const series = loss.data?.[0];
  const option = useMemo(() => (series ? areaLossOption(series, rising, { t, language }) : null), [series, rising, t, language]);
  const title = t('theft.areas.chart.title', { area: series?.name ? `${areaId} ${series.name}` : areaId });
  return (
    <section className="card chart-card" aria-labelledby="chart-area-loss" data-chart="area-loss">
      <h3 id="chart-area-loss">{title}</h3>
      {loss.data && !series && <p className="muted">{t('theft.areas.noLoss')}</p>}
      {option ? <Chart option={option} language={language} label={title} height={320} /> : !loss.data && <QueryFallback query={loss} />}
    </section>
  );
}
