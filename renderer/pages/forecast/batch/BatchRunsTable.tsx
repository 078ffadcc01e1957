import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchForecastResult, ForecastRunInfo } from '../../../../engine/api/forecastTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { ActionCell, HiddenHeader, SortHeader } from '../../../components/TableCells.js';
import { formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { openRun } from '../openRun.js';
import { errorText } from '../../../i18n/labels.js';
import { formatPercentValue, modelLabel } from '../texts.js';

type Row = ForecastRunInfo & Partial<Pick<BatchForecastResult['runs'][number], 'checks' | 'failed' | 'error'>>;

/** A batch's runs, worst MAPE first (where to look), each opened with a click. */
export function BatchRunsTable({ batchId, result }: { batchId: string; result: BatchForecastResult | null }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const runs = useQuery('forecast.runs', { batchId, limit: 5000 }, { enabled: result === null });
  const [bestFirst, setBestFirst] = useState(false);
  if (runs.error) return <ErrorNote error={runs.error} onRetry={runs.reload} />;
  const rows: Row[] = result?.runs ?? runs.data ?? [];
  // Scopes forecast by MAPE (worst first: where to look), then those that could not be.
  const sorted = [...rows].sort((a, b) => {
    if (Boolean(a.failed) !== Boolean(b.failed)) return a.failed ? 1 : -1;
    const x = a.mape ?? Number.POSITIVE_INFINITY;
    const y = b.mape ?? Number.POSITIVE_INFINITY;
    return bestFirst ? x - y : y - x;
  });
  return (
    <div className="table-scroll fill">
      <table className="table compact" aria-label={t('forecast.batch.runs')} data-testid="batch-runs">
        <thead>
          <tr>
            <th scope="col">{t('forecast.runs.scope')}</th>
            <th scope="col">{t('forecast.modelUsed')}</th>
            <SortHeader label={t('forecast.metrics.mape')} order={bestFirst ? 'ascending' : 'descending'} onSort={() => setBestFirst((b) => !b)} />
            {result && <th scope="col" className="num">{t('forecast.batch.checks')}</th>}
            <HiddenHeader label={t('common.actions')} />
          </tr>
        </thead>
        <tbody>
          {sorted.map((r, i) => (
            <tr key={r.runId ?? `failed-${i}`} className={r.failed ? 'dim' : undefined}>
              <td>{r.scopeLabel}</td>
              <td className={r.failed ? 'reason' : undefined}>
                {r.failed ? (
                  <span className="warn" title={r.failed}>
                    {t('forecast.batch.failed', { reason: r.error ? errorText(t, r.error, language) : r.failed })}
                  </span>
                ) : (
                  modelLabel(t, r.chosen)
                )}
              </td>
              <td className="num">{formatPercentValue(r.mape, language)}</td>
              {result && <td className={r.checks ? 'num warn' : 'num'}>{formatInteger(r.checks ?? 0, language)}</td>}
              <ActionCell label={t('forecast.runs.open')} onClick={() => openRun(r.runId)} shown={r.runId !== null} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
