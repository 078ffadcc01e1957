// A score run's ranked suspects as the table scrolls: fetched a page at a time through
// theft.suspects by offset (usePagedRows), only near what is in view, and forgotten when far
// away (a run holds a row per customer: a hundred thousand of them cost no more memory than a
// few pages).
import type { ArgsIn } from '../../../../engine/api/contract.js';
import type { TheftSuspect } from '../../../../engine/api/theftTypes.js';
import { invoke } from '../../../api/client.js';
import { usePagedRows, type PagedRowsView } from '../../../state/usePagedRows.js';

export const PAGE_SIZE = 200;
const MAX_CACHED_PAGES = 30;

/** theft.suspects' arguments but the page's place. */
export type SuspectQuery = Omit<ArgsIn<'theft.suspects'>, 'offset' | 'limit'>;

export type SuspectPages = PagedRowsView<TheftSuspect>;

export function useSuspectPages(query: SuspectQuery, enabled: boolean): SuspectPages {
  return usePagedRows<TheftSuspect>({
    key: JSON.stringify(query),
    fetch: ({ offset, limit }) => invoke('theft.suspects', { ...query, offset, limit }),
    pageSize: PAGE_SIZE,
    maxPages: MAX_CACHED_PAGES,
    enabled,
  });
}
