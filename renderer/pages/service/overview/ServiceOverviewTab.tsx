import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { volumeGrains, type VolumeGrain } from '../../../../engine/api/serviceTypes.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { SelectField } from '../../../components/SelectField.js';
import { formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { Chart } from '../../overview/charts/Chart.js';
import { heatmapOption } from '../charts/heatmapOption.js';
import { trendOption } from '../charts/trendOption.js';
import { volumeOption } from '../charts/volumeOption.js';
import { ChannelTable } from './ChannelTable.js';
import { KeyCounts } from './KeyCounts.js';

/** Ticket volume over time by type, counts by channel and area, the hour × weekday heat map, channels per group, handling and satisfaction trends. */
export function ServiceOverviewTab() {
  const { t } = useTranslation();
  const { language } = useSession();
  const [grain, setGrain] = useState<VolumeGrain>('month');
  const [by, setBy] = useState<'category' | 'segment'>('category');
  const volume = useQuery('service.volume', { grain }, { kinds: ['tickets'] });
  const heatmap = useQuery('service.heatmap', {}, { kinds: ['tickets'] });
  const trends = useQuery('service.trends', { by: 'type' }, { kinds: ['tickets'] });
  const channels = useQuery('service.channels', { by }, { kinds: ['tickets'] });

  const volumeChart = useMemo(() => (volume.data ? volumeOption(volume.data, { t, language }) : null), [volume.data, t, language]);
  const heatChart = useMemo(() => (heatmap.data ? heatmapOption(heatmap.data.counts, { t, language }) : null), [heatmap.data, t, language]);
  const trendChart = useMemo(() => (trends.data ? trendOption(trends.data.rows, { t, language }) : null), [trends.data, t, language]);

  if (!volume.data) return <QueryFallback query={volume} />;
  if (volume.data.total === 0) return <EmptyState title={t('service.empty.noTicketsTitle')}>{t('service.empty.noTicketsText')}</EmptyState>;
  return (
    <div className="stack service-overview">
      <p className="muted" data-testid="service-total">
        {t('service.overview.total', { tickets: formatInteger(volume.data.total, language) })}
      </p>
      <div className="card-grid">
        <section className="card chart-card wide" aria-labelledby="service-volume" data-chart="service-volume">
          <div className="row spread wrap">
            <h3 id="service-volume">{t('service.overview.volume')}</h3>
            <SelectField inline label={t('service.overview.grain')} value={grain} choices={volumeGrains} choiceLabel={(g) => t(`service.grains.${g}`)} onChange={setGrain} testId="service-grain" />
          </div>
          {volumeChart && <Chart option={volumeChart} language={language} label={t('service.overview.volume')} height={300} />}
        </section>
        <KeyCounts title={t('service.overview.byChannel')} rows={volume.data.byChannel} kind="channel" />
        <KeyCounts title={t('service.overview.byArea')} rows={volume.data.byArea} kind="area" />
        <section className="card chart-card wide" aria-labelledby="service-heatmap" data-chart="service-heatmap">
          <h3 id="service-heatmap">{t('service.overview.heatmap')}</h3>
          {heatChart ? <Chart option={heatChart} language={language} label={t('service.overview.heatmap')} height={320} /> : <QueryFallback query={heatmap} />}
        </section>
        <section className="card chart-card wide" aria-labelledby="service-trend" data-chart="service-trend">
          <h3 id="service-trend">{t('service.overview.trend')}</h3>
          {trendChart ? <Chart option={trendChart} language={language} label={t('service.overview.trend')} height={300} /> : <QueryFallback query={trends} />}
        </section>
        <section className="card wide" aria-labelledby="service-channels">
          <div className="row spread wrap">
            <h3 id="service-channels">{t('service.overview.channels')}</h3>
            <SelectField inline label={t('service.overview.groupBy')} value={by} choices={['category', 'segment'] as const} choiceLabel={(b) => t(`service.overview.groups.${b}`)} onChange={setBy} testId="service-channel-by" />
          </div>
          {channels.data ? <ChannelTable data={channels.data} /> : <QueryFallback query={channels} />}
        </section>
      </div>
    </div>
  );
}
