// Rows of one kind as the data browser scrolls, a page at a time (usePagedRows): a page that
// follows a loaded one starts from that page's `next` marker (an index seek, however deep); a
// jump far away goes by offset. The total of a search comes with its first page and is kept.
// The columns come with each page.
import { useState } from 'react';
import type { BrowseColumn, BrowsePage } from '../../../../engine/api/catalogTypes.js';
import type { DataKind } from '../../../../engine/api/types.js';
import { invoke } from '../../../api/client.js';
import type { ApiError } from '../../../api/errors.js';
import { usePagedRows } from '../../../state/usePagedRows.js';

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
  const { kind, sort, search, unmask } = query;
  const pages = usePagedRows<Cell[], BrowsePage>({
    key: JSON.stringify(query),
    // After a loaded page, from its marker (keyset); a jump far away, by offset.
    fetch: ({ offset, limit, after }) =>
      invoke('data.browse', { kind, ...(after ? { after, offset: 0 } : { offset }), limit, ...(sort ? { sort } : {}), ...(search ? { search } : {}), unmask }),
    onPage: (result) =>
      setShape((previous) =>
        previous && previous.kind === kind && previous.searchBy === result.searchBy && JSON.stringify(previous.columns) === JSON.stringify(result.columns)
          ? previous
          : { kind, columns: result.columns, searchBy: result.searchBy },
      ),
    pageSize: PAGE_SIZE,
    maxPages: MAX_CACHED_PAGES,
    refreshKey,
  });
  const current = shape?.kind === kind ? shape : null;
  return { columns: current?.columns ?? NO_COLUMNS, searchBy: current?.searchBy ?? null, total: pages.total, error: pages.error, row: pages.row, ensure: pages.ensure };
}
