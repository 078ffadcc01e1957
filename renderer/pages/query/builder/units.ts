import type { MeasureUnit, QueryResult } from '../../../../engine/api/queryTypes.js';

/** Each of the result's measures' units, in the spec's order. */
export const measureUnits = (result: QueryResult): MeasureUnit[] => result.columns.filter((c) => c.kind === 'measure').map((c) => c.unit!);
