// A saved view of the query builder as a report section: the view's query (engine/query/builder
// runQuerySpec, as the Query page runs it) over the report's period, its rows as the section's
// table and, for a view grouped by one dimension, its measures as the section's chart.
import { EngineError } from '../api/errors.js';
import type { DimensionId, QueryResult } from '../api/queryTypes.js';
import type { CellFormat, ReportChart, ReportTable } from '../api/reportsTypes.js';
import { runQuerySpec } from '../query/builder/runSpec.js';
import { getView } from '../query/views/store.js';
import type { Db } from '../store/database.js';
import { formatInteger } from '../pdf/format.js';
import type { ModuleBlock } from './modules/module.js';
import { categoryName, type ReportWords } from './words.js';

/** Rows a report shows of a view: a page or two; the Query page and its export have them all. */
export const VIEW_ROWS = 200;

const unitFormat: Record<string, CellFormat> = { kWh: 'integer', yuan: 'yuan', count: 'integer', percent: 'percent', kVA: 'integer' };

function dimensionText(words: ReportWords, result: QueryResult, dimension: DimensionId, value: string | null): string {
  if (value === null) return words.t('reports.unknown');
  if (dimension === 'category') return categoryName(words, value);
  const name = result.labels[dimension]?.[value];
  return name ? `${value} ${name}` : value;
}

export function viewSection(db: Db, viewId: number, period: { from: string; to: string }, words: ReportWords): { heading: string } & ModuleBlock {
  const { t, language } = words;
  let view;
  try {
    view = getView(db, viewId);
  } catch (error) {
    if (error instanceof EngineError && error.code === 'views.not_found') {
      return { heading: t('reports.viewGone', { viewId }), chart: null, table: null, sentences: [], notes: [t('reports.notes.viewGone', { viewId })] };
    }
    throw error;
  }
  const result = runQuerySpec(db, { ...view.spec, period, limit: VIEW_ROWS, pivotColumn: undefined });
  const dims = result.spec.dimensions;
  const measures = result.spec.measures;
  const measureLabel = (id: string, unit?: string) => `${t(`query.measures.${id}`, { defaultValue: id })}${unit && unit !== 'count' ? ` (${unit})` : ''}`;
  const table: ReportTable = {
    columns: result.columns.map((c) =>
      c.kind === 'dimension'
        ? { label: t(`query.dimensions.${c.id}`, { defaultValue: c.id }), format: 'text' as const }
        : { label: measureLabel(c.id, c.unit), format: unitFormat[c.unit ?? ''] ?? ('decimal' as const) },
    ),
    rows: result.rows.map((row) => row.map((cell, i) => (i < dims.length ? dimensionText(words, result, dims[i]!, cell as string | null) : cell))),
  };
  const chartKind = result.spec.chart;
  const chart: ReportChart | null =
    dims.length === 1 && chartKind !== 'table' && chartKind !== 'heatmap' && result.rows.length > 0
      ? {
          type: chartKind === 'line' ? 'line' : chartKind === 'pie' ? 'pie' : 'bar',
          categories: table.rows.map((r) => String(r[0])),
          series: measures.map((id, m) => ({
            name: measureLabel(id),
            values: result.rows.map((r) => r[dims.length + m] as number | null),
            ...(chartKind === 'stacked' ? { stack: 'view' } : {}),
          })),
          axes: [result.columns[dims.length]?.unit ?? ''],
        }
      : null;
  const notes = result.truncated ? [t('reports.notes.viewTruncated', { shown: formatInteger(VIEW_ROWS, language), total: formatInteger(result.totalRows, language) })] : [];
  return { heading: view.name, chart, table, sentences: [], notes };
}
