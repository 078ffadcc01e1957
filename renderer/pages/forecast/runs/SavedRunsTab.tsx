import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastRunInfo } from '../../../../engine/api/forecastTypes.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { HiddenHeader } from '../../../components/TableCells.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { openRun } from '../openRun.js';
import { formatPercentValue, formatStamp, horizonText, modelLabel } from '../texts.js';
import { useForecastChanges } from '../useForecastChanges.js';
import { DeleteDialog, RenameDialog } from './RunDialogs.js';

/** The workspace's saved runs, newest first: open, rename, delete, or pick two to compare. */
export function SavedRunsTab() {
  const { t } = useTranslation();
  const { language } = useSession();
  const runs = useQuery('forecast.runs', { limit: 500 });
  useForecastChanges(runs.reload);
  const [picked, setPicked] = useState<number[]>([]);
  const [renaming, setRenaming] = useState<ForecastRunInfo | null>(null);
  const [deleting, setDeleting] = useState<ForecastRunInfo | null>(null);
  if (runs.error || !runs.data) return <QueryFallback query={runs} />;
  const saved = runs.data.filter((r): r is ForecastRunInfo & { runId: number } => r.runId !== null);
  if (saved.length === 0) return <EmptyState title={t('forecast.runs.empty')}>{t('forecast.runs.emptyText')}</EmptyState>;
  // At most two picked: the first is the run shown, the second is drawn over it.
  const pick = (runId: number, on: boolean) => setPicked((list) => (on ? [...list.filter((id) => id !== runId), runId].slice(-2) : list.filter((id) => id !== runId)));
  return (
    <div className="stack">
      <div className="row spread wrap">
        <p className="muted small">{t('forecast.runs.compareHint')}</p>
        <button type="button" className="btn" disabled={picked.length !== 2} onClick={() => openRun(picked[0]!, picked[1]!)} data-testid="compare-picked">
          {t('forecast.runs.compareSelected')}
        </button>
      </div>
      <div className="table-scroll fill">
        <table className="table" aria-label={t('forecast.tabs.runs')} data-testid="saved-runs">
          <thead>
            <tr>
              <HiddenHeader label={t('forecast.runs.pick')} />
              <th scope="col">{t('forecast.runs.name')}</th>
              <th scope="col">{t('forecast.runs.scope')}</th>
              <th scope="col">{t('forecast.runs.startHorizon')}</th>
              <th scope="col">{t('forecast.modelUsed')}</th>
              <th scope="col" className="num">{t('forecast.metrics.mape')}</th>
              <th scope="col">{t('forecast.runs.created')}</th>
              <HiddenHeader label={t('common.actions')} />
            </tr>
          </thead>
          <tbody>
            {saved.map((r) => (
              <tr key={r.runId} data-run-id={r.runId}>
                <td>
                  <input
                    type="checkbox"
                    checked={picked.includes(r.runId)}
                    onChange={(e) => pick(r.runId, e.target.checked)}
                    aria-label={t('forecast.runs.pickRun', { name: r.name })}
                  />
                </td>
                <td className="run-name-cell">
                  <button type="button" className="btn ghost small link" onClick={() => openRun(r.runId)}>
                    {r.name}
                  </button>
                  {r.scenario && <span className="badge scenario">{t('forecast.runs.scenarioBadge')}</span>}
                  {r.batchId && <span className="badge">{t('forecast.runs.batchBadge')}</span>}
                </td>
                <td>{r.scopeLabel}</td>
                <td className="wrap">
                  <span className="nowrap">{formatStamp(r.start, language)}</span> · <span className="nowrap">{horizonText(t, r.horizonHours, language)}</span>
                </td>
                <td>{modelLabel(t, r.chosen)}</td>
                <td className="num">{formatPercentValue(r.mape, language)}</td>
                <td className="wrap">{formatDateTime(r.createdAt, language)}</td>
                <td>
                  <div className="row">
                    <button type="button" className="btn small" onClick={() => setRenaming(r)}>
                      {t('forecast.runs.rename')}
                    </button>
                    <button type="button" className="btn small danger" onClick={() => setDeleting(r)}>
                      {t('forecast.runs.delete')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <RenameDialog run={renaming} onClose={() => setRenaming(null)} />
      <DeleteDialog run={deleting} onClose={() => setDeleting(null)} onDeleted={() => setPicked((list) => list.filter((id) => id !== deleting?.runId))} />
    </div>
  );
}
