// A query spec as SQL: for each source its measures are answered from (the first of a measure's
// sources that can group and filter by everything the spec names), one grouped SELECT. Only
// whitelisted fragments (sources.ts, measures.ts) become SQL; the user's filter values and
// period are bound parameters.
import { EngineError } from '../../api/errors.js';
import { timeDimensions, type DimensionId, type MeasureId, type QuerySpec } from '../../api/queryTypes.js';
import { parseIsoMonth } from '../../core/calendar.js';
import { measures } from './measures.js';
import { customerAttributes, customerKeyed, sourceDimensions, sources, type JoinId, type Source, type SourceId } from './sources.js';

export interface CompiledQuery {
  source: Source;
  measures: MeasureId[];
  sql: string;
  params: (string | number)[];
  /** The selected columns: the spec's dimensions, then each measure's numerator and denominator. */
  dimensions: DimensionId[];
}

/** A month expression's calendar dimensions, as numbers that sort (formatted by runSpec.ts). */
function timeSql(dimension: DimensionId, month: string): string {
  switch (dimension) {
    case 'month':
      return month;
    case 'quarter':
      return `((${month}) / 100 * 10 + ((${month}) % 100 + 2) / 3)`;
    default:
      return `((${month}) / 100)`;
  }
}

function dimensionSql(source: Source, dimension: DimensionId): { sql: string; joins: JoinId[] } {
  if (timeDimensions.includes(dimension)) return { sql: timeSql(dimension, source.month!), joins: [] };
  return source.dimensions[dimension]!;
}

/** The source that answers a measure for these dimensions, or the refusal that says which dimension does not go with it. */
export function sourceFor(measure: MeasureId, needed: readonly DimensionId[]): SourceId {
  const candidates = Object.keys(measures[measure].sql) as SourceId[];
  const fits = candidates.find((id) => {
    const offered = sourceDimensions(sources[id]);
    return needed.every((d) => offered.includes(d));
  });
  if (fits) return fits;
  const offered = new Set(candidates.flatMap((id) => sourceDimensions(sources[id])));
  const dimension = needed.find((d) => !offered.has(d))!;
  throw new EngineError('query.incompatible', `The measure ${measure} cannot be broken down or filtered by ${dimension}: choose another dimension or measure.`, {
    measure,
    dimension,
  });
}

/** Refuses what no source could mean: a repeated field, a pivot column that is not a dimension, a period running backwards, a list filter on the calendar. */
export function checkSpec(spec: QuerySpec): void {
  const refuse = (message: string, details: Record<string, unknown>) => {
    throw new EngineError('query.bad_spec', message, details);
  };
  const repeated = <T>(items: readonly T[]) => items.find((item, i) => items.indexOf(item) !== i);
  const measure = repeated(spec.measures);
  if (measure !== undefined) refuse(`The measure ${measure} is chosen twice.`, { reason: 'repeated_measure', field: measure });
  const dimension = repeated(spec.dimensions);
  if (dimension !== undefined) refuse(`The dimension ${dimension} is chosen twice.`, { reason: 'repeated_dimension', field: dimension });
  const filtered = repeated(spec.filters.map((f) => f.dimension));
  if (filtered !== undefined) refuse(`The dimension ${filtered} is filtered twice: put every value in one filter.`, { reason: 'repeated_filter', field: filtered });
  const timeFilter = spec.filters.find((f) => timeDimensions.includes(f.dimension));
  if (timeFilter) refuse(`Choose months with the period, not with a filter on ${timeFilter.dimension}.`, { reason: 'time_filter', field: timeFilter.dimension });
  if (spec.pivotColumn !== undefined && !spec.dimensions.includes(spec.pivotColumn)) {
    refuse(`The pivot's column ${spec.pivotColumn} must be one of the chosen dimensions.`, { reason: 'pivot_column', field: spec.pivotColumn });
  }
  if (spec.sort !== undefined && !spec.measures.includes(spec.sort.measure)) {
    refuse(`Rows can be sorted only by a chosen measure, not ${spec.sort.measure}.`, { reason: 'sort_measure', field: spec.sort.measure });
  }
  if (spec.period && spec.period.from > spec.period.to) {
    refuse(`The period runs backwards: ${spec.period.from} is after ${spec.period.to}.`, { reason: 'period', field: `${spec.period.from}..${spec.period.to}` });
  }
}

/** The joins asked for, each after those its ON clause reads, in the source's declared order. */
function orderedJoins(source: Source, wanted: Set<JoinId>): string[] {
  const done = new Set<JoinId>();
  const out: string[] = [];
  const add = (id: JoinId) => {
    if (done.has(id)) return;
    done.add(id);
    const join = source.joins[id]!;
    for (const before of join.after ?? []) add(before);
    if (join.sql !== '') out.push(join.sql);
  };
  for (const id of Object.keys(source.joins) as JoinId[]) if (wanted.has(id)) add(id);
  return out;
}

function compileSource(source: Source, measureIds: MeasureId[], spec: QuerySpec): CompiledQuery {
  const needed = [...spec.dimensions, ...spec.filters.map((f) => f.dimension)];
  // Grouped by month as well, the per-customer sums are hardly fewer than the rows: not worth a second pass.
  const byMonths = spec.dimensions.some((d) => timeDimensions.includes(d));
  if (source.customerKey !== undefined && !byMonths && needed.some((d) => customerAttributes.has(d))) return compileByCustomer(source, measureIds, spec);
  const joins = new Set<JoinId>();
  const select: string[] = [];
  const where: string[] = source.where ? [source.where] : [];
  const params: (string | number)[] = [];
  for (const d of spec.dimensions) {
    const dim = dimensionSql(source, d);
    dim.joins.forEach((j) => joins.add(j));
    select.push(dim.sql);
  }
  for (const id of measureIds) {
    const sql = measures[id].sql[source.id]!;
    sql.joins?.forEach((j) => joins.add(j));
    select.push(sql.num, sql.den ?? 'NULL');
  }
  if (spec.period && source.month !== undefined) {
    where.push(`${source.month} BETWEEN ? AND ?`);
    params.push(parseIsoMonth(spec.period.from), parseIsoMonth(spec.period.to));
  }
  for (const filter of spec.filters) {
    const dim = dimensionSql(source, filter.dimension);
    dim.joins.forEach((j) => joins.add(j));
    where.push(`${dim.sql} IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filter.values));
  }
  const sql = selectSql(select, `FROM ${source.from}`, orderedJoins(source, joins), where, spec.dimensions.length);
  return { source, measures: measureIds, sql, params, dimensions: spec.dimensions };
}

function selectSql(select: string[], from: string, joins: string[], where: string[], groups: number): string {
  return [
    `SELECT ${select.join(', ')}`,
    from,
    ...joins,
    where.length > 0 ? `WHERE ${where.join(' AND ')}` : '',
    groups > 0 ? `GROUP BY ${Array.from({ length: groups }, (_, i) => i + 1).join(', ')}` : '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Grouped by a customer attribute and not by month: the rows are summed per customer or meter
 * (and the source's own dimensions) first, and only those sums meet the archive, the latest risk grade and segment,
 * instead of every raw row looking the customer up (a meter-month of consumption, a bill).
 * Every measure is a sum or a count, so summing the per-customer sums gives the same figures.
 */
function compileByCustomer(source: Source, measureIds: MeasureId[], spec: QuerySpec): CompiledQuery {
  const own = spec.dimensions.filter((d) => !customerAttributes.has(d));
  const innerJoins = new Set<JoinId>();
  const key = source.customerKey!;
  const inner: string[] = [`${key.row} AS k`];
  const where: string[] = source.where ? [source.where] : [];
  const params: (string | number)[] = [];
  own.forEach((d, i) => {
    const dim = dimensionSql(source, d);
    dim.joins.forEach((j) => innerJoins.add(j));
    inner.push(`${dim.sql} AS d${i}`);
  });
  measureIds.forEach((id, i) => {
    const sql = measures[id].sql[source.id]!;
    sql.joins?.forEach((j) => innerJoins.add(j));
    inner.push(`${sql.num} AS n${i}`, `${sql.den ?? 'NULL'} AS e${i}`);
  });
  if (spec.period && source.month !== undefined) {
    where.push(`${source.month} BETWEEN ? AND ?`);
    params.push(parseIsoMonth(spec.period.from), parseIsoMonth(spec.period.to));
  }
  const outerWhere: string[] = [];
  const outerParams: string[] = [];
  const byCustomer = { ...customerKeyed(key.customer('q.k')), id: source.id, kind: source.kind, from: '' } satisfies Source;
  const outerJoins = new Set<JoinId>();
  for (const filter of spec.filters) {
    const attribute = customerAttributes.has(filter.dimension);
    const dim = dimensionSql(attribute ? byCustomer : source, filter.dimension);
    dim.joins.forEach((j) => (attribute ? outerJoins : innerJoins).add(j));
    (attribute ? outerWhere : where).push(`${dim.sql} IN (SELECT value FROM json_each(?))`);
    (attribute ? outerParams : params).push(JSON.stringify(filter.values));
  }
  const outer = spec.dimensions.map((d) => {
    if (!customerAttributes.has(d)) return `q.d${own.indexOf(d)}`;
    const dim = dimensionSql(byCustomer, d);
    dim.joins.forEach((j) => outerJoins.add(j));
    return dim.sql;
  });
  measureIds.forEach((_, i) => outer.push(`TOTAL(q.n${i})`, `TOTAL(q.e${i})`));
  const innerSql = selectSql(inner, `FROM ${source.from}`, orderedJoins(source, innerJoins), where, own.length + 1);
  const sql = selectSql(outer, `FROM (${innerSql}) q`, orderedJoins(byCustomer, outerJoins), outerWhere, spec.dimensions.length);
  return { source, measures: measureIds, sql, params: [...params, ...outerParams], dimensions: spec.dimensions };
}

/** One query per source the spec's measures are answered from, in the order of the measures. */
export function compileSpec(spec: QuerySpec): CompiledQuery[] {
  checkSpec(spec);
  const needed = [...new Set([...spec.dimensions, ...spec.filters.map((f) => f.dimension)])];
  const bySource = new Map<SourceId, MeasureId[]>();
  for (const measure of spec.measures) {
    const source = sourceFor(measure, needed);
    const list = bySource.get(source);
    if (list) list.push(measure);
    else bySource.set(source, [measure]);
  }
  return [...bySource].map(([source, ids]) => compileSource(sources[source], ids, spec));
}
