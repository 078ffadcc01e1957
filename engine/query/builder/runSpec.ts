// Runs a query spec on a workspace: its compiled queries (compile.ts), their rows merged into
// groups, the long table in order and cut at the limit, the pivot, and the names of areas and
// feeders. What query.run answers, and what a report calls to put a saved view on its page.
import { EngineError } from '../../api/errors.js';
import { querySpec, type QueryColumn, type QueryResult, type QuerySpec, type QuerySpecIn } from '../../api/queryTypes.js';
import type { Db } from '../../store/database.js';
import { compileSpec } from './compile.js';
import { compareKeys, dimensionValue, GroupTable, valuesOver, type Group } from './groups.js';
import { measures } from './measures.js';
import { pivotOf } from './pivot.js';
import { valueLabels } from './labels.js';

/** A spec as the API checks it (defaults filled in); a bad one is refused as a validation error. */
export function parseSpec(spec: QuerySpecIn): QuerySpec {
  const parsed = querySpec.safeParse(spec);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new EngineError('validation', `The query is not valid: ${issue.path.join('.') || 'spec'}: ${issue.message}`, { path: issue.path.map(String) });
}

/** Orders groups by the sorted measure's value (no value last), else leaves the order to the dimensions. */
function measureOrder(spec: QuerySpec): (a: Group[], b: Group[]) => number {
  const sort = spec.sort;
  if (!sort) return () => 0;
  const only = [sort.measure];
  const direction = sort.direction === 'asc' ? 1 : -1;
  return (a, b) => {
    const x = valuesOver(only, a)[0]!;
    const y = valuesOver(only, b)[0]!;
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return (x - y) * direction;
  };
}

export function runQuerySpec(db: Db, specIn: QuerySpecIn): QueryResult {
  const spec = parseSpec(specIn);
  const compiled = compileSpec(spec);
  const table = new GroupTable(spec.measures);
  const dims = spec.dimensions;
  for (const query of compiled) {
    for (const row of db.prepare(query.sql).raw(true).iterate(...query.params) as IterableIterator<unknown[]>) {
      const keys = dims.map((d, i) => dimensionValue(d, row[i]));
      table.add(keys, query.measures, row.slice(dims.length));
    }
  }
  // Without dimensions a query still answers one row (its totals), even over no rows at all.
  const groups = table.groups;
  const order = measureOrder(spec);
  const sorted = [...groups].sort((a, b) => order([a], [b]) || compareKeys(a.keys, b.keys));
  const kept = sorted.slice(0, spec.limit);
  const columns: QueryColumn[] = [
    ...dims.map((id): QueryColumn => ({ kind: 'dimension', id })),
    ...spec.measures.map((id): QueryColumn => ({ kind: 'measure', id, unit: measures[id].unit })),
  ];
  const sources: QueryResult['sources'] = {};
  for (const query of compiled) for (const id of query.measures) sources[id] = query.source.kind;
  return {
    spec,
    columns,
    rows: kept.map((g) => [...g.keys, ...valuesOver(spec.measures, [g])]),
    totals: valuesOver(spec.measures, groups),
    labels: valueLabels(db, dims, groups),
    pivot: pivotOf(spec, groups, order),
    totalRows: sorted.length,
    truncated: kept.length < sorted.length,
    sources,
  };
}

