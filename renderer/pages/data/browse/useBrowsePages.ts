// Rows of one kind as the data browser scrolls: fetched from the engine a page at a time,
// only for what is near the viewport, and forgotten again when far away, so a million rows
// cost no more memory than a few pages. A page that follows a loaded one starts from that
// page's `next` marker (an index seek, however deep); a jump far away goes by offset. The
// total of a search comes with its first page and is kept.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BrowseColumn, BrowsePage } from '../../../../engine/api/catalogTypes.js';
import type { DataKind } from '../../../../engine/api/types.js';
import { invoke } from '../../../api/client.js';
import { toApiError, type ApiError } from '../../../api/errors.js';

export const PAGE_SIZE = 500;
const MAX_CACHED_PAGES = 40;

export type Cell = string | number | null;

const NO_COLUMNS: BrowseColumn[] = [];

export interface BrowseQuery {
  kind: DataKind;
  sort: { column: string; desc: boolean } | null;
  search: string;
  unmask: boolean;
}

export interface BrowsePages {
  columns: BrowseColumn[];
  /** How the engine matches a search in this kind (known with the first page). */
  searchBy: BrowsePage['searchBy'] | null;
  total: number | null;
  error: ApiError | null;
  row(index: number): Cell[] | undefined;
  /** Make sure the rows in [first, last] are loaded or loading. */
  ensure(first: number, last: number): void;
}

export function useBrowsePages(query: BrowseQuery, refreshKey: number): BrowsePages {
  // The shape of the kind the last page came from: kept while a sort or search reloads the
  // rows, not shown for another kind (its header would stand over the new kind's rows).
  const [shape, setShape] = useState<{ kind: DataKind; columns: BrowseColumn[]; searchBy: BrowsePage['searchBy'] } | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [, setLoaded] = useState(0);
  const pages = useRef(new Map<number, Cell[][]>());
  const inFlight = useRef(new Set<number>());
  /** Page -> the marker of its start, from the page before it. */
  const starts = useRef(new Map<number, string>());
  const generation = useRef(0);
  const key = JSON.stringify(query);

  const fetchPage = useCallback(
    (page: number) => {
      if (pages.current.has(page) || inFlight.current.has(page)) return;
      const current = generation.current;
      const q = JSON.parse(key) as BrowseQuery;
      const after = starts.current.get(page);
      inFlight.current.add(page);
      invoke('data.browse', {
        kind: q.kind,
        ...(after ? { after, offset: 0 } : { offset: page * PAGE_SIZE }),
        limit: PAGE_SIZE,
        ...(q.sort ? { sort: q.sort } : {}),
        ...(q.search ? { search: q.search } : {}),
        unmask: q.unmask,
      }).then(
        (result) => {
          if (current !== generation.current) return;
          inFlight.current.delete(page);
          pages.current.set(page, result.rows);
          if (result.next) starts.current.set(page + 1, result.next);
          setShape((previous) =>
            previous && previous.kind === q.kind && previous.searchBy === result.searchBy && JSON.stringify(previous.columns) === JSON.stringify(result.columns)
              ? previous
              : { kind: q.kind, columns: result.columns, searchBy: result.searchBy },
          );
          if (result.total !== null) setTotal(result.total);
          setError(null);
          setLoaded((n) => n + 1);
        },
        (caught: unknown) => {
          if (current !== generation.current) return;
          inFlight.current.delete(page);
          setError(toApiError(caught));
        },
      );
    },
    [key],
  );

  useEffect(() => {
    generation.current += 1;
    pages.current.clear();
    inFlight.current.clear();
    starts.current.clear();
    setTotal(null);
    setError(null);
    fetchPage(0);
  }, [fetchPage, refreshKey]);

  const ensure = useCallback(
    (first: number, last: number) => {
      const from = Math.floor(first / PAGE_SIZE);
      const to = Math.floor(last / PAGE_SIZE);
      for (let page = from; page <= to; page += 1) fetchPage(page);
      if (pages.current.size > MAX_CACHED_PAGES) {
        const far = [...pages.current.keys()].sort((a, b) => Math.abs(b - from) - Math.abs(a - from));
        for (const page of far.slice(0, pages.current.size - MAX_CACHED_PAGES)) pages.current.delete(page);
      }
    },
    [fetchPage],
  );

  const row = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);

  const current = shape?.kind === query.kind ? shape : null;
  return { columns: current?.columns ?? NO_COLUMNS, searchBy: current?.searchBy ?? null, total, error, row, ensure };
}
