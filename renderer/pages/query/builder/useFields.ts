// The query builder's catalog (query.fields) and what it allows: the dimensions every chosen
// measure goes with, and for each measure the chosen dimensions it does not.
import { useMemo } from 'react';
import type { DimensionId, MeasureId, MeasureInfo, QueryFields } from '../../../../engine/api/queryTypes.js';

export interface FieldRules {
  fields: QueryFields;
  measure(id: MeasureId): MeasureInfo;
  /** Dimensions each of these measures can be grouped or filtered by. */
  allowed(measures: readonly MeasureId[]): Set<DimensionId>;
  /** Of the chosen dimensions, those this measure cannot be broken down by. */
  conflicts(id: MeasureId, dimensions: readonly DimensionId[]): DimensionId[];
}

export function useFieldRules(fields: QueryFields | undefined): FieldRules | null {
  return useMemo(() => {
    if (!fields) return null;
    const byId = new Map(fields.measures.map((m) => [m.id, m]));
    const measure = (id: MeasureId) => byId.get(id)!;
    return {
      fields,
      measure,
      allowed(measures) {
        const all = new Set<DimensionId>(fields.dimensions.map((d) => d.id));
        for (const id of measures) for (const d of [...all]) if (!measure(id).dimensions.includes(d)) all.delete(d);
        return all;
      },
      conflicts: (id, dimensions) => dimensions.filter((d) => !measure(id).dimensions.includes(d)),
    };
  }, [fields]);
}
