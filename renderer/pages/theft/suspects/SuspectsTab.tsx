import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuspectSort, TheftScoreRunInfo } from '../../../../engine/api/theftTypes.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatInteger } from '../../../i18n/format.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { RunPicker } from './RunPicker.js';
import { ScorePanel } from './ScorePanel.js';
import { SuspectDetail } from './SuspectDetail.js';
import { minScoreOf, noFilter, SuspectFilters, type SuspectFilter } from './SuspectFilters.js';
import { SuspectTable } from './SuspectTable.js';
import { SuspectsExport } from './SuspectsExport.js';
import { useSuspectPages, type SuspectQuery } from './useSuspectPages.js';

/**
 * Score now, pick a saved run, filter and sort its ranked suspects; a customer picked in the
 * table (kept in the address) shows its indicators and evidence below.
 */
export function SuspectsTab({ customerId }: { customerId: string | null }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const runs = useQuery('theft.runs', { limit: 50 });
  const [chosenRun, setChosenRun] = useState<number | null>(null);
  const [filter, setFilter] = useState<SuspectFilter>(noFilter);
  const [sort, setSort] = useState<SuspectSort>('rank');
  const deferred = useDeferredValue(filter);

  const latest = runs.data?.[0]?.runId ?? null;
  const runId = chosenRun !== null && runs.data?.some((r) => r.runId === chosenRun) ? chosenRun : latest;
  const query = useMemo<SuspectQuery>(() => {
    const minScore = minScoreOf(deferred.minScore);
    return {
      ...(runId !== null ? { runId } : {}),
      sort,
      ...(deferred.search.trim() ? { search: deferred.search.trim() } : {}),
      ...(deferred.category ? { category: deferred.category } : {}),
      ...(deferred.areaId.trim() ? { areaId: deferred.areaId.trim() } : {}),
      ...(deferred.reason ? { reason: deferred.reason } : {}),
      ...(minScore !== undefined ? { minScore } : {}),
    };
  }, [runId, sort, deferred]);
  const pages = useSuspectPages(query, runId !== null);
  const reloadRuns = runs.reload;
  const onScored = useCallback(
    (run: TheftScoreRunInfo) => {
      setChosenRun(run.runId);
      reloadRuns();
    },
    [reloadRuns],
  );

  return (
    <div className="stack theft-suspects">
      <section className="card stack" aria-labelledby="theft-score-title">
        <h2 id="theft-score-title">{t('theft.score.title')}</h2>
        <ScorePanel onScored={onScored} />
        {runs.data && runId !== null && <RunPicker runs={runs.data} runId={runId} onChange={setChosenRun} />}
        {!runs.data && <QueryFallback query={runs} />}
      </section>
      {runs.data && runId === null && <EmptyState title={t('theft.suspects.noRunTitle')}>{t('theft.suspects.noRunText')}</EmptyState>}
      {runId !== null && (
        <section className="card stack" aria-labelledby="theft-suspects-title">
          <div className="row spread wrap">
            <h2 id="theft-suspects-title">{t('theft.suspects.title')}</h2>
            <div className="row wrap">
              {pages.total !== null && (
                <span className="muted small" data-testid="suspect-count">
                  {t('theft.suspects.count', { count: pages.total, formatted: formatInteger(pages.total, language) })}
                </span>
              )}
              <SuspectsExport runId={runId} query={query} />
            </div>
          </div>
          <SuspectFilters value={filter} onChange={setFilter} />
          {pages.error ? (
            <QueryFallback query={{ error: pages.error, reload: pages.reload }} />
          ) : (
            <SuspectTable pages={pages} sort={sort} onSort={setSort} selected={customerId} onSelect={(s) => navigate('theft', 'suspects', s.customerId)} />
          )}
        </section>
      )}
      {runId !== null && customerId !== null && <SuspectDetail key={`${runId}:${customerId}`} runId={runId} customerId={customerId} />}
    </div>
  );
}
