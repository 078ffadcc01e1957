import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogSummary } from '../../../engine/api/catalogTypes.js';
import type { Period } from '../../../engine/api/overviewTypes.js';
import type { DataKind } from '../../../engine/api/types.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { navigate } from '../../shell/route.js';
import { useSession } from '../../state/session.js';
import { useQuery } from '../../state/useQuery.js';
import { Chart } from './charts/Chart.js';
import { arrearsOption, consumptionByAreaOption, consumptionByMonthOption, customersByCategoryOption, loadVsTemperatureOption } from './charts/options.js';
import { ChartCard } from './ChartCard.js';
import { KpiCards } from './KpiCards.js';
import { monthsBetween, PeriodSelector } from './PeriodSelector.js';

/** Kinds whose dates bound the period a user can choose. */
const PERIOD_KINDS: DataKind[] = ['daily', 'interval', 'bills', 'area-supply'];

function dataMonths(catalog: CatalogSummary | undefined): string[] {
  const entries = (catalog?.kinds ?? []).filter((e) => PERIOD_KINDS.includes(e.kind) && e.rows > 0 && e.firstDate && e.lastDate);
  if (entries.length === 0) return [];
  const first = entries.map((e) => e.firstDate!.slice(0, 7)).sort()[0]!;
  const last = entries.map((e) => e.lastDate!.slice(0, 7)).sort().at(-1)!;
  return monthsBetween(first, last);
}

function lastMonths(months: string[], count: number): Period {
  return { from: months[Math.max(0, months.length - count)]!, to: months[months.length - 1]! };
}

/** KPI cards and the five overview charts for a period of the open workspace. */
export function OverviewPage() {
  const { t } = useTranslation();
  const { language, workspace } = useSession();
  const [chosen, setChosen] = useState<Period | null>(null);
  const catalog = useQuery('catalog.summary', {}, { kinds: 'any' });
  // The period depends on the catalog: ask for the rest once it is known (or failed).
  const refresh = { kinds: 'any' as const, enabled: catalog.data !== undefined || catalog.error !== null };
  const months = dataMonths(catalog.data);
  // Until the user chooses, the last twelve months that have data (the engine's default
  // when the workspace's extent is not known yet).
  const period: Period | null = chosen ?? (months.length > 0 ? lastMonths(months, 12) : null);
  const args = period ?? {};

  const kpis = useQuery('overview.kpis', args, refresh);
  const byMonth = useQuery('overview.consumptionByMonth', args, refresh);
  const byArea = useQuery('overview.consumptionByArea', args, refresh);
  const loadTemp = useQuery('overview.loadVsTemperature', args, refresh);
  const categories = useQuery('overview.customersByCategory', {}, refresh);
  const arrears = useQuery('overview.arrears', args, refresh);

  const context = useMemo(() => ({ t, language }), [t, language]);
  const byMonthOption = useMemo(() => byMonth.data && consumptionByMonthOption(byMonth.data, context), [byMonth.data, context]);
  const byAreaOption = useMemo(() => byArea.data && consumptionByAreaOption(byArea.data, context), [byArea.data, context]);
  const loadTempOption = useMemo(() => loadTemp.data && loadVsTemperatureOption(loadTemp.data, context), [loadTemp.data, context]);
  const categoriesOption = useMemo(() => categories.data && customersByCategoryOption(categories.data, context), [categories.data, context]);
  const arrearsChartOption = useMemo(() => arrears.data && arrearsOption(arrears.data, context), [arrears.data, context]);

  const noData = catalog.data?.kinds.every((entry) => entry.rows === 0) ?? false;

  return (
    <div className="page overview">
      <div className="page-head">
        <h1 className="page-title">
          {t('nav.overview')}
          {workspace?.isDemo && <span className="badge demo">{t('workspace.demoBadge')}</span>}
        </h1>
        <PeriodSelector months={months} value={period ?? kpis.data?.period ?? null} onChange={setChosen} />
      </div>
      {noData && (
        <EmptyState
          title={t('overview.emptyTitle')}
          actions={
            <button type="button" className="btn primary" onClick={() => navigate('data', 'import')}>
              {t('overview.importData')}
            </button>
          }
        >
          {t('overview.emptyText')}
        </EmptyState>
      )}
      {kpis.error ? <ErrorNote error={kpis.error} onRetry={kpis.reload} /> : kpis.data && <KpiCards kpis={kpis.data} />}
      <div className="chart-grid">
        <ChartCard
          id="consumption-month"
          title={t('overview.charts.byMonth')}
          wide
          loading={!refresh.enabled || byMonth.loading}
          error={byMonth.error}
          empty={!byMonth.data || byMonth.data.months.length === 0 || byMonth.data.series.length === 0}
          emptyText={t('overview.empty.byMonth')}
          onRetry={byMonth.reload}
        >
          {byMonthOption && <Chart option={byMonthOption} language={language} label={t('overview.charts.byMonth')} />}
        </ChartCard>
        <ChartCard
          id="consumption-area"
          title={t('overview.charts.byArea')}
          wide
          loading={!refresh.enabled || byArea.loading}
          error={byArea.error}
          empty={!byArea.data || byArea.data.length === 0}
          emptyText={t('overview.empty.byArea')}
          onRetry={byArea.reload}
        >
          {byAreaOption && <Chart option={byAreaOption} language={language} label={t('overview.charts.byArea')} />}
        </ChartCard>
        <ChartCard
          id="load-temperature"
          title={t('overview.charts.loadTemperature')}
          loading={!refresh.enabled || loadTemp.loading}
          error={loadTemp.error}
          empty={!loadTemp.data || loadTemp.data.points.length === 0}
          emptyText={t('overview.empty.loadTemperature')}
          onRetry={loadTemp.reload}
        >
          {loadTempOption && <Chart option={loadTempOption} language={language} label={t('overview.charts.loadTemperature')} />}
        </ChartCard>
        <ChartCard
          id="customers-category"
          title={t('overview.charts.categories')}
          loading={!refresh.enabled || categories.loading}
          error={categories.error}
          empty={!categories.data || categories.data.categories.every((c) => c.customers === 0)}
          emptyText={t('overview.empty.categories')}
          onRetry={categories.reload}
        >
          {categoriesOption && <Chart option={categoriesOption} language={language} label={t('overview.charts.categories')} />}
        </ChartCard>
        <ChartCard
          id="arrears"
          title={t('overview.charts.arrears')}
          wide
          loading={!refresh.enabled || arrears.loading}
          error={arrears.error}
          empty={!arrears.data || arrears.data.months.length === 0}
          emptyText={t('overview.empty.arrears')}
          onRetry={arrears.reload}
        >
          {arrearsChartOption && <Chart option={arrearsChartOption} language={language} label={t('overview.charts.arrears')} />}
        </ChartCard>
      </div>
    </div>
  );
}
