// The page in view, kept in the URL's hash (#/data/import) so that reloading the window
// or the browser tab returns to it.
import { useSyncExternalStore } from 'react';

export const pages = ['overview', 'data', 'forecast', 'theft', 'risk', 'service', 'customers', 'query', 'reports', 'admin', 'settings'] as const;
export type Page = (typeof pages)[number];

export interface Route {
  page: Page;
  /** The section within the page, e.g. a Data tab. */
  section: string | null;
  /** What the section shows, e.g. the data kind being browsed. */
  detail: string | null;
}

function parse(hash: string): Route {
  const [page, section, detail] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  return pages.includes(page as Page)
    ? { page: page as Page, section: section || null, detail: detail || null }
    : { page: 'overview', section: null, detail: null };
}

let current = parse(window.location.hash);

function subscribe(listener: () => void): () => void {
  const onHash = () => {
    current = parse(window.location.hash);
    listener();
  };
  window.addEventListener('hashchange', onHash);
  return () => window.removeEventListener('hashchange', onHash);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => current);
}

export function navigate(page: Page, section?: string, detail?: string): void {
  const parts = [page, section, detail].filter((part): part is string => part !== undefined);
  window.location.hash = `#/${parts.map(encodeURIComponent).join('/')}`;
}
