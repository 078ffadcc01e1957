// How a page is read in one of a view's orders: the ORDER BY that walks the order's index, and
// for keyset paging the condition "after the row with these keys" with its parameters, and the
// marker (`next`) that carries a page's last keys to the request for the page after it.
import { EngineError } from '../api/errors.js';
import type { Args } from '../api/contract.js';
import type { BrowseView, PageOrder } from './views.js';

type Sort = Args<'data.browse'>['sort'];
export type KeyValue = string | number;

/** The order of a request: the view's own, or the one its sort column is declared with. */
export function pageOrder(view: BrowseView, sort: Sort): PageOrder {
  if (!sort) return view.order;
  // The view's own sorts only: 'constructor' or 'toString' is no column, whatever an object inherits.
  if (Object.hasOwn(view.sorts, sort.column)) return view.sorts[sort.column]!;
  const sortable = Object.keys(view.sorts);
  throw new EngineError(
    'validation',
    `This table cannot be sorted by '${sort.column}': no index keeps that order, so each page would sort the whole table. Sort by one of: ${sortable.join(', ')}.`,
    { column: sort.column, sortable },
  );
}

export function orderBy(order: PageOrder, desc: boolean): string {
  return order.keys.map((key) => `${key} ${desc ? 'DESC' : 'ASC'}`).join(', ');
}

/** Rows after the row whose keys are @key0, @key1, ... in the order (an index range, by row value). */
export function afterCondition(order: PageOrder, desc: boolean): string {
  return `(${order.keys.join(', ')}) ${desc ? '<' : '>'} (${order.keys.map((_, i) => `@key${i}`).join(', ')})`;
}

export function afterParams(keys: KeyValue[]): Record<string, KeyValue> {
  return Object.fromEntries(keys.map((value, i) => [`key${i}`, value]));
}

/** The marker of the page after a row: its keys, opaque to the caller. */
export function encodeAfter(keys: KeyValue[]): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

/** The keys of a marker from encodeAfter, checked against the order it must continue. */
export function decodeAfter(marker: string, order: PageOrder): KeyValue[] {
  let keys: unknown;
  try {
    keys = JSON.parse(Buffer.from(marker, 'base64url').toString('utf8'));
  } catch {
    keys = null;
  }
  const valid =
    order.keyset &&
    Array.isArray(keys) &&
    keys.length === order.keys.length &&
    keys.every((k) => typeof k === 'string' || (typeof k === 'number' && Number.isFinite(k)));
  if (!valid) {
    throw new EngineError('validation', 'This page marker does not belong to this table and order. Reload the table.', { after: marker });
  }
  return keys as KeyValue[];
}
