import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { Chart } from '../../overview/charts/Chart.js';
import { AreaRiskTable } from './AreaRiskTable.js';
import { EventAreaTable } from './EventAreaTable.js';
import { eventCountsOption } from './eventCountsOption.js';
import { EventQueueTable } from './EventQueueTable.js';

/** Meter events: counts by type and month and by area, the abnormal-event queue, and the areas' outage and fault risk. */
export function EventsTab() {
  const { t } = useTranslation();
  const { language } = useSession();
  const counts = useQuery('grid.eventCounts', {});
  const option = useMemo(() => (counts.data && counts.data.byMonthType.length > 0 ? eventCountsOption(counts.data, { t, language }) : null), [counts.data, t, language]);
  const title = t('theft.events.chart.title');
  return (
    <div className="stack theft-events">
      {!counts.data ? (
        <QueryFallback query={counts} />
      ) : !option ? (
        <EmptyState title={t('theft.events.noneTitle')}>{t('theft.events.noneText')}</EmptyState>
      ) : (
        <div className="theft-events-top">
          <section className="card chart-card" aria-labelledby="chart-event-counts" data-chart="event-counts">
            <h3 id="chart-event-counts">{title}</h3>
            <Chart option={option} language={language} label={title} height={320} />
          </section>
          <EventAreaTable byArea={counts.data.byArea} />
        </div>
      )}
      <EventQueueTable />
      <AreaRiskTable />
    </div>
  );
}
