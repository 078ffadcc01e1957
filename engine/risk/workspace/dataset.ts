// The workspace's customers as a feature table as of a day: point-in-time features (only bills
// issued, payments made, months ended and tickets raised by then), the arrears owed then and the
// expected next bill (for expected loss), and with a target, only the customers the horizon after
// the day can judge.
import type { Day } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import type { FeatureColumn, FeatureTable } from '../model/types.js';
import { customerFeatures } from './features/customerFeatures.js';
import { relativeToGroup } from './features/seasonal.js';
import { columnsBuilder } from './features/table.js';
import { loadRiskSources, type RiskSources } from './sources.js';
import { customerTarget, defaultTargetDefinition, NOT_JUDGED, type TargetDefinition } from './target.js';

export interface RiskDatasetOptions {
  asOf: Day;
  horizonMonths?: number;
  withTarget: boolean;
}

export interface RiskDataset {
  table: FeatureTable;
  outstandingYuan: Float64Array;
  expectedBillYuan: Float64Array;
  targetDefinition: TargetDefinition;
}

export const DEFAULT_HORIZON_MONTHS = 6;

export function buildRiskDataset(db: Db, options: RiskDatasetOptions): RiskDataset {
  return datasetOf(loadRiskSources(db), options);
}

export function datasetOf(sources: RiskSources, options: RiskDatasetOptions, definition: TargetDefinition = defaultTargetDefinition): RiskDataset {
  const { bills } = sources;
  const horizon = options.horizonMonths ?? DEFAULT_HORIZON_MONTHS;
  const n = bills.customers.length;
  const builder = columnsBuilder(n);
  const ids: string[] = [];
  const target: number[] = [];
  const outstanding = new Float64Array(n);
  const expectedBill = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    const judged = options.withTarget ? customerTarget(bills, c, options.asOf, horizon, definition) : NOT_JUDGED;
    if (options.withTarget && judged === NOT_JUDGED) continue;
    const features = customerFeatures(sources, c, options.asOf);
    if (features === null) continue;
    const row = ids.length;
    builder.set(row, features.values);
    outstanding[row] = features.outstandingYuan;
    expectedBill[row] = features.expectedBillYuan;
    ids.push(bills.customers[c]!);
    target.push(judged);
  }
  const rows = ids.length;
  const columns = builder.columns.map((column) => firstRows(column, rows));
  seasonallyAdjust(columns);
  return {
    table: {
      ids,
      target: options.withTarget ? Uint8Array.from(target) : null,
      columns,
    },
    outstandingYuan: outstanding.slice(0, rows),
    expectedBillYuan: expectedBill.slice(0, rows),
    targetDefinition: definition,
  };
}

/** The column cut to the rows filled (the builder is sized for every billed customer). */
function firstRows(column: FeatureColumn, rows: number): FeatureColumn {
  return column.kind === 'numeric' ? { ...column, values: column.values.slice(0, rows) } : { ...column, values: column.values.slice(0, rows) };
}

/** bill_vs_history relative to the customer's category as of the same day (features/seasonal.ts). */
function seasonallyAdjust(columns: FeatureColumn[]): void {
  const ratio = columns.find((column) => column.name === 'bill_vs_history');
  const category = columns.find((column) => column.name === 'category');
  if (ratio?.kind === 'numeric' && category?.kind === 'categorical') relativeToGroup(ratio.values, category.values);
}
