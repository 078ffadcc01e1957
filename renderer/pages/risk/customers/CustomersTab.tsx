import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskSort } from '../../../../engine/api/riskTypes.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatDateTime, formatDay, formatInteger } from '../../../i18n/format.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { ProfilePanel } from '../profile/ProfilePanel.js';
import { CustomerFilters } from './CustomerFilters.js';
import { CustomerTable } from './CustomerTable.js';
import { customerQuery, noFilter, type CustomerFilter } from './filters.js';
import { useExportCustomers } from './useExportCustomers.js';

const PAGE = 100;

/**
 * The collection priority list of a run (default the latest), ranked by expected loss or another
 * order, filtered; exported as filtered. A customer picked (kept in the address) shows the
 * profile below.
 */
export function CustomersTab({ customerId }: { customerId: string | null }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const runs = useQuery('risk.runs', { limit: 60 }, { kinds: ['customers', 'bills'] });
  const model = useQuery('risk.model', {}, { enabled: (runs.data?.length ?? 0) > 0 });
  const [chosenRun, setChosenRun] = useState<number | null>(null);
  const [filter, setFilter] = useState<CustomerFilter>(noFilter);
  const [sort, setSort] = useState<RiskSort>('expectedLoss');
  const [offset, setOffset] = useState(0);
  const deferred = useDeferredValue(filter);
  const latest = runs.data?.[0]?.runId ?? null;
  const runId = chosenRun !== null && runs.data?.some((r) => r.runId === chosenRun) ? chosenRun : latest;
  const run = runs.data?.find((r) => r.runId === runId) ?? null;
  const query = useMemo(() => customerQuery(deferred, sort, runId), [deferred, sort, runId]);
  const queryKey = JSON.stringify(query);
  // A new filter or order starts from the first page.
  useEffect(() => setOffset(0), [queryKey]);
  const page = useQuery('risk.customers', { ...query, offset, limit: PAGE }, { enabled: runId !== null });
  const exporter = useExportCustomers(query, run?.asOf ?? null);
  const reasons = useMemo(() => (model.data?.binnings ?? []).filter((b) => b.selected).map((b) => b.feature), [model.data]);
  const total = page.data?.total ?? 0;

  if (!runs.data) return <QueryFallback query={runs} />;
  if (runId === null)
    return (
      <EmptyState
        title={t('risk.empty.noModelTitle')}
        actions={
          <button type="button" className="btn primary" onClick={() => navigate('risk', 'overview')}>
            {t('risk.empty.goTrain')}
          </button>
        }
      >
        {t('risk.empty.noModelText')}
      </EmptyState>
    );
  return (
    <div className="stack risk-customers-tab">
      <section className="card stack" aria-labelledby="risk-customers-title">
        <div className="row spread wrap">
          <h2 id="risk-customers-title">{t('risk.customers.title')}</h2>
          <div className="row wrap">
            <label className="field inline">
              <span>{t('risk.runs.label')}</span>
              <select value={runId} onChange={(e) => setChosenRun(Number(e.target.value))} data-testid="risk-run">
                {runs.data.map((r) => (
                  <option key={r.runId} value={r.runId}>
                    {t('risk.runs.option', { runId: r.runId, asOf: formatDay(r.asOf, language), created: formatDateTime(r.createdAt, language) })}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="btn small" onClick={() => void exporter.exportAs('csv')} disabled={exporter.busy !== null || total === 0} data-testid="risk-export-csv">
              {exporter.busy === 'csv' ? t('risk.customers.exporting') : t('risk.customers.exportCsv')}
            </button>
            <button type="button" className="btn small" onClick={() => void exporter.exportAs('xlsx')} disabled={exporter.busy !== null || total === 0} data-testid="risk-export-xlsx">
              {exporter.busy === 'xlsx' ? t('risk.customers.exporting') : t('risk.customers.exportXlsx')}
            </button>
          </div>
        </div>
        {exporter.error && <ErrorNote error={exporter.error} />}
        {exporter.savedTo && <p className="note ok small">{t('risk.customers.savedTo', { path: exporter.savedTo })}</p>}
        <CustomerFilters value={filter} onChange={setFilter} reasons={reasons} />
        {page.data ? (
          <>
            <div className="row spread wrap">
              <span className="muted small" data-testid="risk-customer-count">
                {t('risk.customers.count', { count: total, formatted: formatInteger(total, language) })}
              </span>
              {total > PAGE && (
                <div className="row">
                  <button type="button" className="btn small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                    {t('common.previous')}
                  </button>
                  <span className="muted small">
                    {t('common.rangeOf', { from: formatInteger(offset + 1, language), to: formatInteger(Math.min(total, offset + PAGE), language), total: formatInteger(total, language) })}
                  </span>
                  <button type="button" className="btn small" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
                    {t('common.next')}
                  </button>
                </div>
              )}
            </div>
            {total === 0 ? (
              <p className="muted">{t('risk.customers.noMatch')}</p>
            ) : (
              <CustomerTable rows={page.data.rows} offset={offset} sort={sort} onSort={setSort} selected={customerId} onSelect={(id) => navigate('risk', 'customers', id)} />
            )}
          </>
        ) : (
          <QueryFallback query={page} />
        )}
      </section>
      {customerId !== null && <ProfilePanel key={customerId} customerId={customerId} onAdjusted={page.reload} />}
    </div>
  );
}
