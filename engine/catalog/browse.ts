// data.browse: a page of one kind's stored rows, sorted and searched in SQL. A page is found
// in two steps: the rowids of the page (a walk of the order's index, skipping `offset`
// entries without touching the table), then those rows' columns; a deep page of a million
// rows costs an index walk, not a million row reads.
import { EngineError } from '../api/errors.js';
import type { BrowsePage } from '../api/catalogTypes.js';
import type { Args } from '../api/contract.js';
import type { Db } from '../store/database.js';
import { formatDay, formatMonth, formatStamp } from '../core/calendar.js';
import { views, type BrowseView, type ViewColumn } from './views.js';

type BrowseArgs = Args<'data.browse'>;
type Cell = string | number | null;

/** LIKE pattern for a substring, with the wildcard characters of the text taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function orderBy(view: BrowseView, sort: BrowseArgs['sort']): string {
  if (!sort) return `${view.order}, t.rowid`;
  const column = view.columns.find((c) => c.name === sort.column);
  if (!column) {
    throw new EngineError(
      'validation',
      `This table cannot be sorted by '${sort.column}'. Sort by one of: ${view.columns.map((c) => c.name).join(', ')}.`,
      { column: sort.column, columns: view.columns.map((c) => c.name) },
    );
  }
  // The default order breaks ties, so that pages never overlap.
  return `${column.sql} ${sort.desc ? 'DESC' : 'ASC'}, ${view.order}, t.rowid`;
}

function searchCondition(view: BrowseView, unmask: boolean): string {
  const columns = unmask ? [...view.search, ...(view.personalSearch ?? [])] : view.search;
  return `(${columns.map((c) => `${c} LIKE @pattern ESCAPE '\\'`).join(' OR ')})`;
}

function display(column: ViewColumn, value: unknown, unmask: boolean): Cell {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case 'date':
      return formatDay(Number(value));
    case 'month':
      return formatMonth(Number(value));
    case 'datetime':
      return formatStamp(Number(value));
    case 'number':
      return Number(value);
    case 'text': {
      const text = String(value);
      return column.mask && !unmask ? column.mask(text) : text;
    }
  }
}

export function browse(db: Db, args: BrowseArgs): BrowsePage {
  const view = views[args.kind];
  const search = args.search?.trim() ? args.search.trim() : null;
  const where = search ? `WHERE ${searchCondition(view, args.unmask)}` : '';
  const params = search ? { pattern: containsPattern(search) } : {};
  const total = db.prepare(`SELECT COUNT(*) FROM ${view.table} AS t ${where}`).pluck().get(params) as number;
  const rowids = db
    .prepare(`SELECT t.rowid FROM ${view.table} AS t ${where} ORDER BY ${orderBy(view, args.sort)} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...params, limit: args.limit, offset: args.offset }) as number[];
  const columns = view.columns.map((c) => ({ name: c.name, type: c.type, personal: c.mask !== undefined }));
  if (rowids.length === 0) return { columns, rows: [], total };
  const fetched = db
    .prepare(
      `SELECT t.rowid AS rowid_, ${view.columns.map((c) => c.sql).join(', ')}
         FROM ${view.table} AS t WHERE t.rowid IN (SELECT value FROM json_each(?))`,
    )
    .raw(true)
    .all(JSON.stringify(rowids)) as unknown[][];
  const byRowid = new Map(fetched.map((row) => [row[0] as number, row]));
  const rows = rowids.map((rowid) => {
    const row = byRowid.get(rowid)!;
    return view.columns.map((c, i) => display(c, row[i + 1], args.unmask));
  });
  return { columns, rows, total };
}
