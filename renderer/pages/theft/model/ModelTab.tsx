import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TheftScoreRunInfo } from '../../../../engine/api/theftTypes.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { useQuery } from '../../../state/useQuery.js';
import { RunPicker } from '../suspects/RunPicker.js';
import { ModelSummary } from './ModelSummary.js';
import { Retrain } from './Retrain.js';
import { WeightsTable } from './WeightsTable.js';

/**
 * The supervised model of a score run (the latest unless another is picked): whether it ran and
 * on how many outcomes, its weight per indicator, how the two scores were combined, and the
 * outcomes recorded since, with a retrain that scores again and shows the new run.
 */
export function ModelTab() {
  const { t } = useTranslation();
  const runs = useQuery('theft.runs', { limit: 50 });
  const [chosenRun, setChosenRun] = useState<number | null>(null);
  const latest = runs.data?.[0]?.runId ?? null;
  const runId = chosenRun !== null && runs.data?.some((r) => r.runId === chosenRun) ? chosenRun : latest;
  const model = useQuery('theft.model', runId !== null ? { runId } : {}, { enabled: runId !== null });
  const reloadRuns = runs.reload;
  const onRetrained = useCallback(
    (run: TheftScoreRunInfo) => {
      setChosenRun(run.runId);
      reloadRuns();
    },
    [reloadRuns],
  );

  if (!runs.data) return <QueryFallback query={runs} />;
  if (runId === null) return <EmptyState title={t('theft.suspects.noRunTitle')}>{t('theft.suspects.noRunText')}</EmptyState>;
  return (
    <div className="stack theft-model">
      <section className="card stack" aria-labelledby="theft-model-title">
        <h2 id="theft-model-title">{t('theft.model.title')}</h2>
        <RunPicker runs={runs.data} runId={runId} onChange={setChosenRun} />
        {model.data ? <ModelSummary view={model.data} /> : <QueryFallback query={model} />}
      </section>
      {model.data && (
        <>
          <WeightsTable view={model.data} />
          <Retrain view={model.data} onRetrained={onRetrained} />
        </>
      )}
    </div>
  );
}
