import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogSummary } from '../../../engine/api/catalogTypes.js';
import { categories as allCategories, type Period } from '../../../engine/api/overviewTypes.js';
import type { DataKind } from '../../../engine/api/types.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNote } from '../../components/ErrorNote.js';
import { navigate, useRoute } from '../../shell/route.js';
import { useSession } from '../../state/session.js';
import { useQuery } from '../../state/useQuery.js';
import { Chart } from './charts/Chart.js';
import { areasInChartOrder, arrearsOption, consumptionByAreaOption, consumptionByMonthOption, customersByCategoryOption, loadVsTemperatureOption } from './charts/options.js';
import { ChartCard } from './ChartCard.js';
import { AreaDrill } from './drill/AreaDrill.js';
import { AreaPick } from './filters/AreaPick.js';
import { filtersFor, isEmpty, toggled, type CrossFilter } from './filters/crossFilter.js';
import { FilterBar } from './filters/FilterBar.js';
import { useCrossFilter } from './filters/useCrossFilter.js';
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

/**
 * KPI cards and the five overview charts for a period of the open workspace. A click on a month,
 * an area or a category filters the other charts and the cards (the filter bar's chips); an
 * area can be drilled down to its customers (#/overview/area/<id>), and a customer to its 360.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  const { language, workspace } = useSession();
  const route = useRoute();
  const drillArea = route.section === 'area' && route.detail !== null ? route.detail : null;
  const [chosen, setChosen] = useState<Period | null>(null);
  const [filter, changeFilter] = useCrossFilter();
  /** The area whose bar was clicked: what to do with it is asked (AreaPick). */
  const [picked, setPicked] = useState<{ areaId: string; label: string } | null>(null);
  const catalog = useQuery('catalog.summary', {}, { kinds: 'any' });
  // The period depends on the catalog: ask for the rest once it is known (or failed).
  const refresh = { kinds: 'any' as const, enabled: catalog.data !== undefined || catalog.error !== null };
  const months = dataMonths(catalog.data);
  // Until the user chooses, the last twelve months that have data (the engine's default
  // when the workspace's extent is not known yet).
  const period: Period | null = chosen ?? (months.length > 0 ? lastMonths(months, 12) : null);
  const args = period ?? {};
  // Each chart is asked with the filters but those of its own dimension, whose item it marks.
  const charts = !drillArea;
  // Drilled down to an area, the cards are that area's.
  const kpis = useQuery('overview.kpis', { ...args, ...filter, ...(drillArea !== null ? { areaId: drillArea } : {}) }, refresh);
  const byMonth = useQuery('overview.consumptionByMonth', { ...args, ...filtersFor(filter, ['month']) }, { ...refresh, enabled: refresh.enabled && charts });
  const byArea = useQuery('overview.consumptionByArea', { ...args, ...filtersFor(filter, ['areaId']) }, { ...refresh, enabled: refresh.enabled && charts });
  const loadTemp = useQuery('overview.loadVsTemperature', { ...args, ...filter }, { ...refresh, enabled: refresh.enabled && charts });
  const categories = useQuery('overview.customersByCategory', filtersFor(filter, ['month', 'category']), { ...refresh, enabled: refresh.enabled && charts });
  const arrears = useQuery('overview.arrears', { ...args, ...filtersFor(filter, ['month']) }, { ...refresh, enabled: refresh.enabled && charts });

  const context = useMemo(() => ({ t, language }), [t, language]);
  const byMonthOption = useMemo(() => byMonth.data && consumptionByMonthOption(byMonth.data, context, filter.month), [byMonth.data, context, filter.month]);
  const byAreaOption = useMemo(() => byArea.data && consumptionByAreaOption(byArea.data, context, filter.areaId), [byArea.data, context, filter.areaId]);
  const loadTempOption = useMemo(() => loadTemp.data && loadVsTemperatureOption(loadTemp.data, context), [loadTemp.data, context]);
  const categoriesOption = useMemo(() => categories.data && customersByCategoryOption(categories.data, context, filter.category), [categories.data, context, filter.category]);
  const arrearsChartOption = useMemo(() => arrears.data && arrearsOption(arrears.data, context, filter.month), [arrears.data, context, filter.month]);

  const areas = useMemo(() => (byArea.data ? areasInChartOrder(byArea.data) : []), [byArea.data]);
  const areaLabel = (areaId: string, name: string) => (areaId === '' ? t('overview.noArea') : name ? `${name} (${areaId})` : areaId);
  const filteredAreaName = filter.areaId === undefined ? null : (areas.find((a) => a.areaId === filter.areaId)?.name ?? null);
  const toggle = <K extends keyof CrossFilter>(key: K, value: CrossFilter[K]) => changeFilter((f) => toggled(f, key, value));
  const pickMonth = (months: string[] | undefined) => (index: number) => {
    const month = months?.[index];
    if (month) toggle('month', month);
  };
  const pickArea = (index: number) => {
    const area = areas[index];
    if (area) setPicked({ areaId: area.areaId, label: areaLabel(area.areaId, area.name) });
  };
  const pickCategory = (index: number) => {
    const category = categories.data?.categories[index]?.category;
    if (category && allCategories.includes(category)) toggle('category', category);
  };
  const clearAll = () => {
    changeFilter(() => ({}));
    setPicked(null);
  };
  // Esc clears the filters wherever the focus is on the page, unless something took it first
  // (a chart hiding its values, the area question) or it belongs to a dialog or a field.
  const filtered = !isEmpty(filter);
  useEffect(() => {
    if (!filtered) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[role="dialog"], input, textarea, select')) return;
      changeFilter(() => ({}));
      setPicked(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [filtered, changeFilter]);

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
      {!noData && (
        <FilterBar
          filter={filter}
          areaName={filteredAreaName}
          onRemove={(key) => changeFilter((f) => toggled(f, key, undefined))}
          onClear={clearAll}
        />
      )}
      {kpis.error ? <ErrorNote error={kpis.error} onRetry={kpis.reload} /> : kpis.data && <KpiCards kpis={kpis.data} byCategory={filter.category !== undefined} />}
      {drillArea !== null ? (
        <AreaDrill areaId={drillArea} period={period} filter={filter} />
      ) : (
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
            {byMonthOption && <Chart option={byMonthOption} language={language} label={t('overview.charts.byMonth')} onActivate={pickMonth(byMonth.data?.months)} />}
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
            {byAreaOption && <Chart option={byAreaOption} language={language} label={t('overview.charts.byArea')} onActivate={pickArea} />}
            {picked && (
              <AreaPick
                label={picked.label}
                filtered={filter.areaId === picked.areaId}
                onFilter={() => {
                  toggle('areaId', picked.areaId);
                  setPicked(null);
                }}
                {...(picked.areaId !== '' && {
                  onDrill: () => {
                    setPicked(null);
                    navigate('overview', 'area', picked.areaId);
                  },
                })}
                onClose={() => setPicked(null)}
              />
            )}
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
            {categoriesOption && <Chart option={categoriesOption} language={language} label={t('overview.charts.categories')} onActivate={pickCategory} />}
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
            {arrearsChartOption && <Chart option={arrearsChartOption} language={language} label={t('overview.charts.arrears')} onActivate={pickMonth(arrears.data?.months)} />}
          </ChartCard>
        </div>
      )}
    </div>
  );
}
