// A long table's rows a page at a time (pagedRows.ts) as a React hook: a new query (its key)
// starts from nothing, `reload` or a new refreshKey fetches again, and the view draws again as
// pages arrive. The data browser (keyset paging) and the Theft page's suspects (offset) use it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../api/errors.js';
import { PagedRows, type FetchedPage, type PageRequest } from './pagedRows.js';

export interface PagedRowsView<T> {
  total: number | null;
  error: ApiError | null;
  row(index: number): T | undefined;
  /** Make sure the rows in [first, last] are loaded or loading. */
  ensure(first: number, last: number): void;
  reload(): void;
}

export interface UsePagedRowsOptions<T, R extends FetchedPage<T>> {
  /** The query: a new key forgets every page. */
  key: string;
  /** Fetches a page of the query named by `key` (read when the key changes). */
  fetch(request: PageRequest): Promise<R>;
  pageSize: number;
  maxPages: number;
  /** false: fetch nothing (no query yet). */
  enabled?: boolean;
  /** A new value fetches the rows again (the data changed). */
  refreshKey?: number;
  onPage?(result: R): void;
}

export function usePagedRows<T, R extends FetchedPage<T> = FetchedPage<T>>(options: UsePagedRowsOptions<T, R>): PagedRowsView<T> {
  const { key, pageSize, maxPages, enabled = true, refreshKey = 0 } = options;
  const [, setDrawn] = useState(0);
  const [version, setVersion] = useState(0);
  // The latest fetch and onPage, so that a caller's inline functions do not start the query over.
  const latest = useRef(options);
  latest.current = options;
  const rows = useMemo(
    () =>
      new PagedRows<T, R>({
        pageSize,
        maxPages,
        fetch: (request) => latest.current.fetch(request),
        onPage: (result) => latest.current.onPage?.(result),
        changed: () => setDrawn((n) => n + 1),
      }),
    // A new query is a new cache; key stands for the query.
    [key, pageSize, maxPages],
  );

  useEffect(() => {
    if (enabled) rows.reset();
    setDrawn((n) => n + 1);
    return () => rows.close();
  }, [rows, enabled, refreshKey, version]);

  const row = useCallback((index: number) => rows.row(index), [rows]);
  const ensure = useCallback(
    (first: number, last: number) => {
      if (enabled) rows.ensure(first, last);
    },
    [rows, enabled],
  );
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const { total, error } = rows;
  // The same object while the query, its total and its error stay, so that a view's effects on
  // it (scrolling a new query to the top) do not run again as each page arrives.
  return useMemo(() => ({ total, error: error === null ? null : toApiError(error), row, ensure, reload }), [total, error, row, ensure, reload]);
}
