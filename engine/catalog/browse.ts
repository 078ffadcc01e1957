// data.browse: a page of one kind's stored rows, in an order an index keeps (engine/catalog/
// views.ts). A page is found in two steps: the rowids of the page (a walk of the order's index,
// from the previous page's last keys when the caller has them, else skipping `offset` entries),
// then those rows' columns. The total comes from the catalog (catalog_stats, kept by every
// import) when nothing is searched; a search is counted on its first page only, since the
// caller keeps that count while it pages on.
import type { BrowsePage } from '../api/catalogTypes.js';
import type { Args } from '../api/contract.js';
import type { Db } from '../store/database.js';
import { formatDay, formatMonth, formatStamp } from '../core/calendar.js';
import { afterCondition, afterParams, decodeAfter, encodeAfter, orderBy, pageOrder, type KeyValue } from './paging.js';
import { searchedColumns, searchFilter, type SearchFilter } from './search.js';
import { views, type BrowseView, type PageOrder, type ViewColumn } from './views.js';

type BrowseArgs = Args<'data.browse'>;
type Cell = string | number | null;

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

/** Rows the request would list: the catalog's count, a count of the search's first page, or null (kept by the caller). */
function total(db: Db, args: BrowseArgs, view: BrowseView, filter: SearchFilter | null, firstPage: boolean): number | null {
  if (!filter) return (db.prepare('SELECT table_rows FROM catalog_stats WHERE kind = ?').pluck().get(args.kind) as number | undefined) ?? 0;
  if (!firstPage) return null;
  return db.prepare(`SELECT COUNT(*) FROM ${view.table} AS t WHERE ${filter.condition}`).pluck().get(filter.params) as number;
}

/**
 * The rowids of a page (with the order's keys when it pages by keys), under `conditions`; its
 * parameters are @limit and @offset and those of the conditions.
 */
export function pageQuery(view: BrowseView, order: PageOrder, desc: boolean, conditions: string[]): string {
  const keyColumns = order.keyset ? `, ${order.keys.join(', ')}` : '';
  return `SELECT t.rowid${keyColumns} FROM ${view.table} AS t ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
           ORDER BY ${orderBy(order, desc)} LIMIT @limit OFFSET @offset`;
}

export function browse(db: Db, args: BrowseArgs): BrowsePage {
  const view = views[args.kind];
  const order = pageOrder(view, args.sort);
  const desc = args.sort?.desc ?? false;
  const text = args.search?.trim();
  const filter = text ? searchFilter(view.search, text, args.unmask) : null;
  const after = args.after === undefined ? null : decodeAfter(args.after, order);

  const conditions = [filter?.condition, after && afterCondition(order, desc)].filter((c) => typeof c === 'string');
  const page = db
    .prepare(pageQuery(view, order, desc, conditions))
    .raw(true)
    .all({ ...filter?.params, ...(after && afterParams(after)), limit: args.limit, offset: args.offset }) as [number, ...KeyValue[]][];

  const searched = searchedColumns(view.search, args.unmask);
  const columns = view.columns.map((c) => ({
    name: c.name,
    type: c.type,
    personal: c.mask !== undefined,
    sortable: Object.hasOwn(view.sorts, c.name),
    searchable: searched.includes(c.sql),
  }));
  const last = page.length === args.limit ? page[page.length - 1] : undefined;
  const next = order.keyset && last ? encodeAfter(last.slice(1)) : null;
  const pageTotal = total(db, args, view, filter, args.offset === 0 && after === null);
  const searchBy = view.search.by;
  if (page.length === 0) return { columns, rows: [], total: pageTotal, next, searchBy };

  const rowids = page.map((row) => row[0]);
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
  return { columns, rows, total: pageTotal, next, searchBy };
}
