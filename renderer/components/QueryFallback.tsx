import { useTranslation } from 'react-i18next';
import type { QueryState } from '../state/useQuery.js';
import { ErrorNote } from './ErrorNote.js';

/** What a view shows until its query has data: the engine's refusal with Retry, or that it is loading. */
export function QueryFallback({ query }: { query: Pick<QueryState<unknown>, 'error' | 'reload'> }) {
  const { t } = useTranslation();
  if (query.error) return <ErrorNote error={query.error} onRetry={query.reload} />;
  return <p className="muted">{t('common.loading')}</p>;
}
