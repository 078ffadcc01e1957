// The pivot of a result: the spec's other dimensions down the rows, one dimension across the
// columns, a cell per measure, with row, column and grand totals made from the groups (so a
// mean or a rate totals as itself, never as a sum of rates).
import type { DimensionValue, MeasureId, QueryPivot, QuerySpec } from '../../api/queryTypes.js';
import { compareKeys, valuesOver, type Group } from './groups.js';

/** Columns laid out at most: a dimension of more values belongs down the rows. */
export const MAX_PIVOT_COLUMNS = 200;

export function pivotOf(spec: QuerySpec, groups: Group[], rowOrder: (a: Group[], b: Group[]) => number): QueryPivot | null {
  const column = spec.pivotColumn;
  if (column === undefined) return null;
  const at = spec.dimensions.indexOf(column);
  const rowDimensions = spec.dimensions.filter((d) => d !== column);
  const rowKeyOf = (g: Group) => g.keys.filter((_, i) => i !== at);
  const measuresIds: MeasureId[] = spec.measures;

  const allColumns = [...new Set(groups.map((g) => g.keys[at]!))].sort((a, b) => compareKeys([a], [b]));
  const columnValues = allColumns.slice(0, MAX_PIVOT_COLUMNS);
  const columnIndex = new Map<DimensionValue, number>(columnValues.map((v, i) => [v, i]));

  const rows = new Map<string, { keys: DimensionValue[]; groups: Group[]; byColumn: (Group | undefined)[] }>();
  const ofColumn: Group[][] = columnValues.map(() => []);
  for (const g of groups) {
    const keys = rowKeyOf(g);
    const key = JSON.stringify(keys);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { keys, groups: [], byColumn: new Array(columnValues.length) }));
    row.groups.push(g);
    const c = columnIndex.get(g.keys[at]!);
    if (c === undefined) continue;
    row.byColumn[c] = g;
    ofColumn[c]!.push(g);
  }
  const ordered = [...rows.values()].sort((a, b) => rowOrder(a.groups, b.groups) || compareKeys(a.keys, b.keys));
  const kept = ordered.slice(0, spec.limit);
  const empty = measuresIds.map(() => null);
  return {
    rowDimensions,
    column,
    columnValues,
    measures: measuresIds,
    rows: kept.map((row) => ({
      keys: row.keys,
      cells: row.byColumn.map((g) => (g ? valuesOver(measuresIds, [g]) : empty)),
      total: valuesOver(measuresIds, row.groups),
    })),
    columnTotals: ofColumn.map((of) => valuesOver(measuresIds, of)),
    grandTotal: valuesOver(measuresIds, groups),
    totalRows: ordered.length,
    totalColumns: allColumns.length,
    truncated: kept.length < ordered.length || columnValues.length < allColumns.length,
  };
}
