// A score run's ranked suspects as the table scrolls: fetched a page at a time through
// theft.suspects, only near what is in view, and forgotten when far away (a run holds a row per
// customer: a hundred thousand of them cost no more memory than a few pages).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArgsIn } from '../../../../engine/api/contract.js';
import type { TheftSuspect } from '../../../../engine/api/theftTypes.js';
import { invoke } from '../../../api/client.js';
import { toApiError, type ApiError } from '../../../api/errors.js';

export const PAGE_SIZE = 200;
const MAX_CACHED_PAGES = 30;

/** theft.suspects' arguments but the page's place. */
export type SuspectQuery = Omit<ArgsIn<'theft.suspects'>, 'offset' | 'limit'>;

export interface SuspectPages {
  total: number | null;
  error: ApiError | null;
  row(index: number): TheftSuspect | undefined;
  /** Make sure the rows in [first, last] are loaded or loading. */
  ensure(first: number, last: number): void;
  reload(): void;
}

export function useSuspectPages(query: SuspectQuery, enabled: boolean): SuspectPages {
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  const [, setLoaded] = useState(0);
  const pages = useRef(new Map<number, TheftSuspect[]>());
  const inFlight = useRef(new Set<number>());
  const generation = useRef(0);
  const key = JSON.stringify(query);

  const fetchPage = useCallback(
    (page: number) => {
      if (!enabled || pages.current.has(page) || inFlight.current.has(page)) return;
      const current = generation.current;
      inFlight.current.add(page);
      invoke('theft.suspects', { ...(JSON.parse(key) as SuspectQuery), offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        (result) => {
          if (current !== generation.current) return;
          inFlight.current.delete(page);
          pages.current.set(page, result.rows);
          setTotal(result.total);
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
    [key, enabled],
  );

  useEffect(() => {
    generation.current += 1;
    pages.current.clear();
    inFlight.current.clear();
    setTotal(null);
    setError(null);
    fetchPage(0);
  }, [fetchPage, version]);

  const ensure = useCallback(
    (first: number, last: number) => {
      const from = Math.floor(first / PAGE_SIZE);
      for (let page = from; page <= Math.floor(last / PAGE_SIZE); page += 1) fetchPage(page);
      if (pages.current.size > MAX_CACHED_PAGES) {
        const far = [...pages.current.keys()].sort((a, b) => Math.abs(b - from) - Math.abs(a - from));
        for (const page of far.slice(0, pages.current.size - MAX_CACHED_PAGES)) pages.current.delete(page);
      }
    },
    [fetchPage],
  );
  const row = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { total, error, row, ensure, reload };
}
