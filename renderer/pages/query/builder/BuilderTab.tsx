import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartKind, DimensionId, MeasureId, QuerySpec, QuerySpecIn } from '../../../../engine/api/queryTypes.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { navigate } from '../../../shell/route.js';
import { useQuery } from '../../../state/useQuery.js';
import { DimensionPicker } from './DimensionPicker.js';
import { FilterEditor, specFilters } from './FilterEditor.js';
import { MeasurePicker } from './MeasurePicker.js';
import { PeriodPicker, type Period } from './PeriodPicker.js';
import { QueryExport } from './QueryExport.js';
import { ResultPanel, type Layout } from './ResultPanel.js';
import { SaveView } from './SaveView.js';
import { useFieldRules } from './useFields.js';

interface Draft {
  measures: MeasureId[];
  dimensions: DimensionId[];
  filters: { dimension: DimensionId; values: string[] }[];
  period: Period;
  layout: Layout;
  pivotColumn: DimensionId | undefined;
  chart: ChartKind;
}

const emptyDraft: Draft = { measures: [], dimensions: [], filters: [], period: { from: '', to: '' }, layout: 'table', pivotColumn: undefined, chart: 'bar' };

/** A saved spec as the builder edits it (the layout from its chart and pivot column). */
function draftOf(spec: QuerySpec): Draft {
  return {
    measures: spec.measures,
    dimensions: spec.dimensions,
    filters: spec.filters,
    period: spec.period ?? { from: '', to: '' },
    layout: spec.chart !== 'table' ? 'chart' : spec.pivotColumn ? 'pivot' : 'table',
    pivotColumn: spec.pivotColumn,
    chart: spec.chart === 'table' ? 'bar' : spec.chart,
  };
}

/** The spec the draft asks for: filters with values, a whole period, the pivot column while it is a dimension. */
function specOf(d: Draft): QuerySpecIn {
  const pivot = d.pivotColumn && d.dimensions.includes(d.pivotColumn) && d.layout !== 'table' ? d.pivotColumn : undefined;
  return {
    measures: d.measures,
    dimensions: d.dimensions,
    filters: specFilters(d.filters),
    ...(d.period.from && d.period.to ? { period: d.period } : {}),
    ...(pivot ? { pivotColumn: pivot } : {}),
    chart: d.layout === 'chart' ? d.chart : 'table',
  };
}

/**
 * The query builder: measures, dimensions, filters and the period on the left; the result on
 * the right as a table, a pivot or a chart, run as the choices change; save as a view, export.
 * `detail` is a saved view's id (#/query/builder/12): the builder opens it.
 */
export function BuilderTab({ detail }: { detail: string | null }) {
  const { t } = useTranslation();
  const fields = useQuery('query.fields', {});
  const rules = useFieldRules(fields.data);
  const viewId = detail !== null && /^\d+$/.test(detail) ? Number(detail) : null;
  const view = useQuery('views.get', { viewId: viewId ?? 1 }, { enabled: viewId !== null });
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [opened, setOpened] = useState<{ viewId: number; name: string } | null>(null);
  useEffect(() => {
    if (viewId === null) setOpened(null);
  }, [viewId]);
  useEffect(() => {
    if (!view.data) return;
    setDraft(draftOf(view.data.spec));
    setOpened({ viewId: view.data.viewId, name: view.data.name });
  }, [view.data]);

  const spec = useMemo(() => specOf(draft), [draft]);
  // The chart kind is kept with a view but changes no figure: switching it runs nothing again.
  const asked = useMemo(() => ({ ...spec, chart: 'table' as const }), [spec]);
  const result = useQuery('query.run', { spec: asked }, { enabled: draft.measures.length > 0, kinds: 'any' });
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const setDimensions = (dimensions: DimensionId[]) =>
    setDraft((d) => {
      // The pivot's column stays where the user put it; otherwise it is the last dimension chosen (month × category: categories across).
      const kept = d.layout === 'pivot' && d.pivotColumn && dimensions.includes(d.pivotColumn);
      return { ...d, dimensions, pivotColumn: kept ? d.pivotColumn : dimensions.at(-1), layout: d.layout === 'pivot' && dimensions.length === 0 ? 'table' : d.layout };
    });
  const setLayout = (layout: Layout) => setDraft((d) => ({ ...d, layout, pivotColumn: d.pivotColumn && d.dimensions.includes(d.pivotColumn) ? d.pivotColumn : d.dimensions.at(-1) }));

  if (!rules) return <QueryFallback query={fields} />;
  const grouping = [...draft.dimensions, ...draft.filters.map((f) => f.dimension)];
  return (
    <div className="qb-layout">
      <aside className="qb-fields card stack" aria-label={t('queryBuilder.tabs.builder')}>
        {opened && (
          <div className="row wrap">
            <strong data-testid="qb-opened">{t('queryBuilder.openedView', { name: opened.name })}</strong>
            <button type="button" className="btn ghost small" onClick={() => { setDraft(emptyDraft); navigate('query', 'builder'); }}>
              {t('queryBuilder.newQuery')}
            </button>
          </div>
        )}
        {viewId !== null && !view.data && <QueryFallback query={view} />}
        <MeasurePicker rules={rules} chosen={draft.measures} dimensions={grouping} onChange={(measures) => set({ measures })} />
        <DimensionPicker rules={rules} measures={draft.measures} chosen={draft.dimensions} onChange={setDimensions} />
        <FilterEditor rules={rules} measures={draft.measures} filters={draft.filters} onChange={(filters) => set({ filters })} />
        <PeriodPicker value={draft.period} onChange={(period) => set({ period })} />
      </aside>
      <section className="qb-result card stack" aria-live="polite">
        {draft.measures.length === 0 ? (
          <EmptyState title={t('queryBuilder.emptyTitle')}>{t('queryBuilder.emptyText')}</EmptyState>
        ) : (
          <>
            <ResultPanel
              result={result.data}
              error={result.error}
              loading={result.loading}
              layout={draft.layout}
              onLayout={setLayout}
              pivotColumn={draft.pivotColumn}
              onPivotColumn={(pivotColumn) => set({ pivotColumn })}
              chart={draft.chart}
              onChart={(chart) => set({ chart })}
              onRetry={result.reload}
            />
            <div className="row wrap qb-actions">
              <SaveView spec={spec} opened={opened} onSaved={(v) => setOpened({ viewId: v.viewId, name: v.name })} />
              <QueryExport spec={spec} viewName={opened?.name ?? null} />
            </div>
          </>
        )}
      </section>
    </div>
  );
}
