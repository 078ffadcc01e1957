// The query builder's vocabulary as it crosses the API: the measures and dimensions it knows
// (a whitelist: the SQL is compiled from these ids, never from the user's text), a query spec,
// its result (long rows and a pivot) and the saved views that keep a spec under a name.
import { z } from 'zod';
import { isoMonth } from './isoDates.js';

export const measureIds = [
  'consumption_kwh',
  'billed_yuan',
  'paid_yuan',
  'arrears_yuan',
  'late_fee_yuan',
  'collection_rate',
  'bills',
  'bills_in_arrears',
  'bills_late',
  'customers',
  'meters',
  'contract_kva',
  'tickets',
  'complaints',
  'satisfaction_mean',
  'handling_hours_mean',
  'risk_customers',
  'risk_score_mean',
  'risk_probability_mean',
  'expected_loss_yuan',
  'theft_scored',
  'theft_suspects',
  'theft_score_mean',
  'theft_loss_kwh',
  'cases_opened',
  'cases_confirmed',
  'supplied_kwh',
  'line_loss_pct',
] as const;
export type MeasureId = (typeof measureIds)[number];

export const dimensionIds = [
  'month',
  'quarter',
  'year',
  'area',
  'feeder',
  'supply_unit',
  'category',
  'industry',
  'voltage',
  'payment_channel',
  'ticket_type',
  'ticket_channel',
  'risk_grade',
  'segment',
  'case_status',
] as const;
export type DimensionId = (typeof dimensionIds)[number];

/** Dimensions of the calendar: chosen with the period, not filtered by a list of values. */
export const timeDimensions: readonly DimensionId[] = ['month', 'quarter', 'year'];

export const measureUnits = ['kWh', 'yuan', 'count', 'percent', 'hours', 'rating', 'score', 'kVA'] as const;
export type MeasureUnit = (typeof measureUnits)[number];

/** How a measure's value is made from its rows; a total is made the same way from all of them. */
export type Aggregation = 'sum' | 'count' | 'mean' | 'ratio';

export const chartKinds = ['table', 'bar', 'line', 'stacked', 'pie', 'heatmap'] as const;
export type ChartKind = (typeof chartKinds)[number];

export const MAX_QUERY_ROWS = 10_000;

export const queryFilter = z
  .object({
    dimension: z.enum(dimensionIds),
    values: z.array(z.string().max(200)).min(1).max(1000),
  })
  .strict();

export const querySpec = z
  .object({
    measures: z.array(z.enum(measureIds)).min(1).max(8),
    /** Grouping dimensions, in order: the rows of the long table; the pivot's rows are these but its column dimension. */
    dimensions: z.array(z.enum(dimensionIds)).max(4).default([]),
    filters: z.array(queryFilter).max(dimensionIds.length).default([]),
    /** Months inclusive ('YYYY-MM'), for the measures that have a date. */
    period: z.object({ from: isoMonth, to: isoMonth }).strict().optional(),
    /** The dimension laid out across the pivot's columns (one of `dimensions`). */
    pivotColumn: z.enum(dimensionIds).optional(),
    /** Rows by a measure's value (default: by the dimensions' values). */
    sort: z.object({ measure: z.enum(measureIds), direction: z.enum(['asc', 'desc']).default('desc') }).strict().optional(),
    /** How the Query page shows the result; kept with a saved view, not read by the engine. */
    chart: z.enum(chartKinds).default('table'),
    limit: z.number().int().min(1).max(MAX_QUERY_ROWS).default(MAX_QUERY_ROWS),
  })
  .strict();

export type QuerySpecIn = z.input<typeof querySpec>;
export type QuerySpec = z.output<typeof querySpec>;
export type QueryFilter = z.output<typeof queryFilter>;

export interface MeasureInfo {
  id: MeasureId;
  /** The key of its words in the locales (queryBuilder.measures.*). */
  wordsKey: string;
  group: 'energy' | 'bills' | 'archive' | 'service' | 'risk' | 'theft' | 'grid';
  unit: MeasureUnit;
  aggregation: Aggregation;
  /** Whether the period applies (false: a snapshot, e.g. the latest score run). */
  dated: boolean;
  /** The dimensions it can be grouped and filtered by. */
  dimensions: DimensionId[];
}

export interface DimensionInfo {
  id: DimensionId;
  /** The key of its words in the locales (queryBuilder.dimensions.*). */
  wordsKey: string;
  time: boolean;
  /** Whether its values have names (areas, feeders) the result carries in `labels`. */
  named: boolean;
}

export interface QueryFields {
  measures: MeasureInfo[];
  dimensions: DimensionInfo[];
}

export type DimensionValue = string | null;

export interface QueryColumn {
  kind: 'dimension' | 'measure';
  id: DimensionId | MeasureId;
  unit?: MeasureUnit;
}

export interface QueryPivotRow {
  keys: DimensionValue[];
  /** [column value][measure]. */
  cells: (number | null)[][];
  /** The row's total per measure. */
  total: (number | null)[];
}

export interface QueryPivot {
  rowDimensions: DimensionId[];
  column: DimensionId;
  columnValues: DimensionValue[];
  measures: MeasureId[];
  rows: QueryPivotRow[];
  /** The columns' totals: [column value][measure]. */
  columnTotals: (number | null)[][];
  grandTotal: (number | null)[];
  totalRows: number;
  totalColumns: number;
  /** Rows beyond the spec's limit, or columns beyond the most laid out, were left out. */
  truncated: boolean;
}

export interface QueryResult {
  spec: QuerySpec;
  columns: QueryColumn[];
  /** Dimension values then measure values, in `columns` order. */
  rows: (DimensionValue | number)[][];
  /** Each measure's total over every row (before the limit). */
  totals: (number | null)[];
  /** Names of named dimensions' values (area and feeder numbers → names). */
  labels: Partial<Record<DimensionId, Record<string, string>>>;
  pivot: QueryPivot | null;
  totalRows: number;
  truncated: boolean;
  /** Which table answered each measure: the aggregates or the raw rows. */
  sources: Partial<Record<MeasureId, 'aggregate' | 'raw'>>;
}

export interface DimensionValueInfo {
  value: string;
  label: string | null;
}

export interface SavedViewInfo {
  viewId: number;
  name: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

export interface SavedView extends SavedViewInfo {
  spec: QuerySpec;
}
