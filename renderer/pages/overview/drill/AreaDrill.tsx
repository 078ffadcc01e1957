import { useTranslation } from 'react-i18next';
import type { Period } from '../../../../engine/api/overviewTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { formatInteger, formatMonth } from '../../../i18n/format.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { filtersFor, type CrossFilter } from '../filters/crossFilter.js';
import { AreaCustomersTable } from './AreaCustomersTable.js';

/**
 * The drill-down's second level: an area's customers ranked by consumption over the period (the
 * month and category filtered), with breadcrumbs back to the region; a customer opens its 360.
 */
export function AreaDrill({ areaId, period, filter }: { areaId: string; period: Period | null; filter: CrossFilter }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const result = useQuery('overview.areaCustomers', { ...(period ?? {}), ...filtersFor(filter, ['areaId']), areaId }, { kinds: 'any' });
  const data = result.data;
  const areaLabel = areaId === '' ? t('overview.noArea') : data?.name ? `${data.name} (${areaId})` : areaId;
  const shownPeriod = data?.period ? (data.period.from === data.period.to ? formatMonth(data.period.from, language) : `${formatMonth(data.period.from, language)} – ${formatMonth(data.period.to, language)}`) : '';
  return (
    <section className="card area-drill" aria-labelledby="area-drill-title" data-testid="area-drill-view">
      <nav aria-label={t('overview.drill.path')}>
        <ol className="breadcrumbs">
          <li>
            <button type="button" className="btn ghost small link" onClick={() => navigate('overview')} data-testid="drill-region">
              {t('overview.drill.region')}
            </button>
          </li>
          <li aria-current="page">{areaLabel}</li>
        </ol>
      </nav>
      <h2 id="area-drill-title">{t('overview.drill.title', { area: areaLabel })}</h2>
      {result.error ? (
        <ErrorNote error={result.error} onRetry={result.reload} />
      ) : !data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <>
          <p className="muted small">
            {t('overview.drill.summary', { count: data.total, formatted: formatInteger(data.total, language), period: shownPeriod })}
            {data.customers.length < data.total && ` ${t('overview.drill.truncated', { shown: formatInteger(data.customers.length, language) })}`}
          </p>
          <p className="muted small">{t('overview.drill.hint')}</p>
          {data.customers.length === 0 ? <p className="empty-text">{t('overview.drill.empty')}</p> : <AreaCustomersTable customers={data.customers} />}
        </>
      )}
    </section>
  );
}
