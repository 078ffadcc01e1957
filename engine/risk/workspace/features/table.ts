// The feature table of many customers as of one day: the columns of riskFeatureSpecs filled row
// by row from customerFeatures.
import type { FeatureColumn } from '../../model/types.js';
import { riskFeatureSpecs, type RiskFeatureName } from './specs.js';

export interface ColumnsBuilder {
  columns: FeatureColumn[];
  set(row: number, values: Record<RiskFeatureName, number | string | null>): void;
}

export function columnsBuilder(rows: number): ColumnsBuilder {
  const columns: FeatureColumn[] = riskFeatureSpecs.map((spec) =>
    spec.kind === 'numeric'
      ? { name: spec.name, kind: 'numeric', side: spec.side, values: new Float64Array(rows).fill(NaN) }
      : { name: spec.name, kind: 'categorical', side: spec.side, values: new Array<string | null>(rows).fill(null) },
  );
  return {
    columns,
    set(row, values) {
      for (const column of columns) {
        const value = values[column.name as RiskFeatureName];
        if (column.kind === 'numeric') column.values[row] = typeof value === 'number' ? value : NaN;
        else column.values[row] = typeof value === 'string' ? value : null;
      }
    },
  };
}
