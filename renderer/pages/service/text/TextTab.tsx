import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textWorkspaceTasks, type TextWorkspaceTask } from '../../../../engine/api/textTypes.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { SelectField } from '../../../components/SelectField.js';
import { formatDecimal, formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';
import { LabelsTable } from './LabelsTable.js';
import { MetricsTable } from './MetricsTable.js';
import { RulesEditor } from './RulesEditor.js';
import { TableTrainPanel } from './TableTrainPanel.js';

/** Train a classifier on the workspace's tickets (their type, or sentiment), read its cross-validated figures and top terms, edit keyword rules, classify and read the labels. */
export function TextTab() {
  const { t } = useTranslation();
  const { language } = useSession();
  const [task, setTask] = useState<TextWorkspaceTask>('type');
  const models = useQuery('text.models', {});
  const train = useForecastJob('text.train');
  const classify = useForecastJob('text.classify');
  const [labelsVersion, setLabelsVersion] = useState(0);
  const latest = models.data?.[0] ?? null;
  const terms = useQuery('text.topTerms', { modelId: latest?.modelId ?? 1, limit: 10 }, { enabled: latest !== null });

  const runTrain = () => void train.start({ source: 'workspace', task, folds: 5 }).then((r) => r && models.reload());
  const runClassify = () => latest && void classify.start({ modelId: latest.modelId }).then((r) => r && setLabelsVersion((v) => v + 1));

  return (
    <div className="stack service-text">
      <section className="card stack" aria-labelledby="text-train-title">
        <h2 id="text-train-title">{t('service.text.trainTitle')}</h2>
        <p className="muted small">{t('service.text.trainHint')}</p>
        <div className="row wrap">
          <SelectField inline label={t('service.text.task')} value={task} choices={textWorkspaceTasks} choiceLabel={(k) => t(`service.text.tasks.${k}`)} onChange={setTask} testId="text-task" />
          {train.running ? (
            <JobProgress job={train} label={t('service.text.training')} />
          ) : (
            <button type="button" className="btn primary" onClick={runTrain} data-testid="text-train">
              {t('service.text.train')}
            </button>
          )}
        </div>
        {train.error && <ErrorNote error={train.error} />}
        <h3>{t('service.text.csvTitle')}</h3>
        <TableTrainPanel onTrained={models.reload} />
      </section>
      {!models.data && <QueryFallback query={models} />}
      {models.data && !latest && <EmptyState title={t('service.text.noModelTitle')}>{t('service.text.noModelText')}</EmptyState>}
      {latest && (
        <section className="card stack" aria-labelledby="text-model-title" data-testid="text-model">
          <h2 id="text-model-title">{t('service.text.modelTitle', { name: latest.name })}</h2>
          <p className="muted" data-testid="text-accuracy">
            {t('service.text.modelSummary', {
              rows: formatInteger(latest.rows, language),
              folds: latest.metrics.folds,
              accuracy: formatDecimal(latest.metrics.accuracy, language, 3),
              f1: formatDecimal(latest.metrics.macroF1, language, 3),
              seconds: formatDecimal(latest.seconds, language, 1),
            })}
          </p>
          <MetricsTable model={latest} terms={terms.data ?? null} />
          <div className="row wrap">
            {classify.running ? (
              <JobProgress job={classify} label={t('service.text.classifying')} />
            ) : (
              <button type="button" className="btn primary" onClick={runClassify} data-testid="text-classify">
                {t('service.text.classify')}
              </button>
            )}
          </div>
          {classify.error && <ErrorNote error={classify.error} />}
        </section>
      )}
      {latest && <RulesEditor key={`${latest.modelId}:${labelsVersion}`} task={latest.task} labels={latest.labels} />}
      {latest && <LabelsTable key={labelsVersion} modelId={latest.modelId} task={latest.task} labels={latest.labels} />}
    </div>
  );
}
