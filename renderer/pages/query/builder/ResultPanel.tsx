import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chartKinds, type ChartKind, type DimensionId, type MeasureId, type QueryResult } from '../../../../engine/api/queryTypes.js';
import type { ApiError } from '../../../api/errors.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { SelectField } from '../../../components/SelectField.js';
import { formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { PivotTable } from './PivotTable.js';
import { ResultChart } from './ResultChart.js';
import { ResultTable } from './ResultTable.js';
import { dimensionText, measureText, translate } from './texts.js';

export type Layout = 'table' | 'pivot' | 'chart';
const layouts: Layout[] = ['table', 'pivot', 'chart'];

/** An engine refusal with its fields in words (the engine names them by id). */
function worded(error: ApiError, t: ReturnType<typeof translate>): ApiError {
  if (error.code !== 'query.incompatible' || !error.details) return error;
  const { measure, dimension } = error.details as { measure: MeasureId; dimension: DimensionId };
  return { ...error, details: { measure: measureText(t, measure), dimension: dimensionText(t, dimension) } };
}

/**
 * The result: how it is shown (table, pivot with its column dimension, chart with its kind and
 * measure), how many rows and whether cut, and the view itself; the empty and error states.
 */
export function ResultPanel({ result, error, loading, layout, onLayout, pivotColumn, onPivotColumn, chart, onChart, onRetry }: {
  result: QueryResult | undefined;
  error: ApiError | null;
  loading: boolean;
  layout: Layout;
  onLayout(layout: Layout): void;
  pivotColumn: DimensionId | undefined;
  onPivotColumn(dimension: DimensionId): void;
  chart: ChartKind;
  onChart(kind: ChartKind): void;
  onRetry(): void;
}) {
  const { t } = useTranslation();
  const words = translate(t);
  const { language } = useSession();
  const [measure, setMeasure] = useState(0);
  if (error) return <ErrorNote error={worded(error, words)} onRetry={onRetry} />;
  if (!result) return <p className="muted">{loading ? t('queryBuilder.running') : t('common.loading')}</p>;
  const dims = result.spec.dimensions;
  const shownMeasure = Math.min(measure, result.spec.measures.length - 1);
  return (
    <div className="stack" aria-busy={loading}>
      <div className="row wrap qb-toolbar">
        <div className="segmented" role="radiogroup" aria-label={t('queryBuilder.layoutLabel')}>
          {layouts.map((l) => (
            <button
              key={l}
              type="button"
              role="radio"
              aria-checked={layout === l}
              className={layout === l ? 'seg active' : 'seg'}
              disabled={l === 'pivot' && dims.length === 0}
              onClick={() => onLayout(l)}
              data-testid={`qb-layout-${l}`}
            >
              {t(`queryBuilder.layout.${l}`)}
            </button>
          ))}
        </div>
        {layout === 'pivot' && pivotColumn && (
          <SelectField inline label={t('queryBuilder.pivotColumn')} value={pivotColumn} choices={dims} choiceLabel={(d) => dimensionText(words, d)} onChange={onPivotColumn} testId="qb-pivot-column" />
        )}
        {layout === 'chart' && (
          <>
            <SelectField inline label={t('queryBuilder.chartKind')} value={chart === 'table' ? 'bar' : chart} choices={chartKinds.filter((k) => k !== 'table')} choiceLabel={(k) => t(`queryBuilder.charts.${k}`)} onChange={onChart} testId="qb-chart-kind" />
            {result.spec.measures.length > 1 && (
              <SelectField
                inline
                label={t('queryBuilder.chartMeasure')}
                value={String(shownMeasure)}
                choices={result.spec.measures.map((_, i) => String(i))}
                choiceLabel={(i) => measureText(words, result.spec.measures[Number(i)]!)}
                onChange={(i) => setMeasure(Number(i))}
                testId="qb-chart-measure"
              />
            )}
          </>
        )}
        <span className="muted small" role="status" data-testid="qb-row-count">
          {loading ? t('queryBuilder.running') : t('queryBuilder.rowsCount', { count: result.totalRows })}
        </span>
      </div>
      {result.truncated && (
        <p className="note small" data-testid="qb-truncated">
          {t('queryBuilder.truncated', { shown: formatInteger(result.rows.length, language), total: formatInteger(result.totalRows, language) })}
        </p>
      )}
      {result.totalRows === 0 ? (
        <EmptyState title={t('queryBuilder.noRowsTitle')}>{t('queryBuilder.noRowsText')}</EmptyState>
      ) : layout === 'chart' ? (
        <ResultChart result={result} kind={chart === 'table' ? 'bar' : chart} measure={shownMeasure} />
      ) : layout === 'pivot' && result.pivot ? (
        <PivotTable result={result} pivot={result.pivot} />
      ) : (
        <ResultTable result={result} />
      )}
      <p className="muted small">
        {[...new Set(Object.values(result.sources))].map((s) => t(`queryBuilder.sources.${s}`)).join(t('common.listSeparator'))}
      </p>
    </div>
  );
}
