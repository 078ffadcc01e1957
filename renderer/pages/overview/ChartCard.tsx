import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/errors.js';
import { ErrorNote } from '../../components/ErrorNote.js';

/** A chart's frame: title, and in place of the chart a loading line, an error, or what to import to fill it. */
export function ChartCard({ title, id, loading, error, empty, emptyText, onRetry, children, wide = false }: {
  title: string;
  id: string;
  loading: boolean;
  error: ApiError | null;
  empty: boolean;
  emptyText: string;
  onRetry(): void;
  children: ReactNode;
  wide?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section className={wide ? 'card chart-card wide' : 'card chart-card'} aria-labelledby={`chart-${id}`} data-chart={id}>
      <h2 id={`chart-${id}`}>{title}</h2>
      {error ? (
        <ErrorNote error={error} onRetry={onRetry} />
      ) : loading && empty ? (
        <p className="muted chart-placeholder">{t('common.loading')}</p>
      ) : empty ? (
        <div className="chart-placeholder empty" data-empty="true">
          <p>{emptyText}</p>
        </div>
      ) : (
        children
      )}
    </section>
  );
}
