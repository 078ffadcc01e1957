// The Overview's cross-filters as SQL over the aggregate tables, which are kept per month, area
// and category (engine/aggregates/groups.ts): an area or a category is a condition on the
// group columns, a month narrows the period to itself.
import { categories, type OverviewFilter } from '../api/overviewTypes.js';
import { parseIsoMonth } from '../core/calendar.js';
import type { MonthRange } from './period.js';

/** Conditions joined by AND (starting with ' AND ', or '' for none) and their named parameters. */
export interface Clause {
  sql: string;
  params: { areaId?: string; category?: string };
}

/**
 * The area and category conditions on a table with `area_id` and `category` columns. An
 * aggregate's area '' holds what has no area; in the archive (`archive`) that is NULL or ''.
 * 'other' also holds categories outside the known list (a hand-edited workspace), as the charts count them.
 */
export function groupClause(filter: OverviewFilter, alias = '', archive = false): Clause {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  const parts: string[] = [];
  const params: Clause['params'] = {};
  if (filter.areaId !== undefined) {
    parts.push(archive && filter.areaId === '' ? `(${column('area_id')} IS NULL OR ${column('area_id')} = '')` : `${column('area_id')} = @areaId`);
    if (!(archive && filter.areaId === '')) params.areaId = filter.areaId;
  }
  if (filter.category !== undefined) {
    if (filter.category === 'other') {
      const known = categories.filter((c) => c !== 'other').map((c) => `'${c}'`);
      parts.push(`${column('category')} NOT IN (${known.join(', ')})`);
    } else {
      parts.push(`${column('category')} = @category`);
      params.category = filter.category;
    }
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

/** The months a filtered figure covers: the month filtered, else the period. */
export function filteredRange(range: MonthRange | null, filter: OverviewFilter): MonthRange | null {
  if (filter.month === undefined) return range;
  const month = parseIsoMonth(filter.month);
  return { from: month, to: month };
}

/** True when any filter is applied. */
export const isFiltered = (filter: OverviewFilter) => filter.areaId !== undefined || filter.month !== undefined || filter.category !== undefined;
