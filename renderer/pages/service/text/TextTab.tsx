import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultTextModelName } from '../../../../engine/api/textModelName.js';
import { textWorkspaceTasks, type TextModelInfo, type TextWorkspaceTask } from '../../../../engine/api/textTypes.js';
import { ConfirmDeleteDialog } from '../../../components/ConfirmDeleteDialog.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { SelectField } from '../../../components/SelectField.js';
import { formatDateTime, formatDecimal, formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';
import { LabelsTable } from './LabelsTable.js';
import { MetricsTable } from './MetricsTable.js';
import { RulesEditor } from './RulesEditor.js';
import { TableTrainPanel } from './TableTrainPanel.js';

/** A model's name in the reader's words: the workspace's default names are the app's own. */
function useModelName(): (m: TextModelInfo) => string {
  const { t } = useTranslation();
  return (m) => (m.source === 'workspace' && m.name === defaultTextModelName(m.source, m.task, m.fileName) ? t(`service.text.workspaceModel.${m.task as TextWorkspaceTask}`) : m.name);
}

/** Train a classifier on the workspace's tickets (their type, or sentiment), read its cross-validated figures and top terms, edit keyword rules, classify and read the labels. */
export function TextTab() {
  const { t } = useTranslation();
  const { language } = useSession();
  const modelName = useModelName();
  const [task, setTask] = useState<TextWorkspaceTask>('type');
  const models = useQuery('text.models', {});
  const train = useForecastJob('text.train');
  const classify = useForecastJob('text.classify');
  const [labelsVersion, setLabelsVersion] = useState(0);
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<TextModelInfo | null>(null);
  // The model shown: the one picked, else the newest.
  const latest = models.data?.find((m) => m.modelId === chosenId) ?? models.data?.[0] ?? null;
  const modelChoices = models.data?.map((m) => String(m.modelId)) ?? [];
  const modelLabel = (id: string) => {
    const m = models.data?.find((x) => String(x.modelId) === id);
    return m ? `${modelName(m)} · ${formatDateTime(m.createdAt, language)}` : String(id);
  };
  const terms = useQuery('text.topTerms', { modelId: latest?.modelId ?? 1, limit: 10 }, { enabled: latest !== null });

  const showNew = (r: TextModelInfo | null) => {
    if (!r) return;
    setChosenId(r.modelId);
    models.reload();
  };
  const runTrain = () => void train.start({ source: 'workspace', task, folds: 5 }).then(showNew);
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
        <TableTrainPanel onTrained={showNew} />
      </section>
      {!models.data && <QueryFallback query={models} />}
      {models.data && !latest && <EmptyState title={t('service.text.noModelTitle')}>{t('service.text.noModelText')}</EmptyState>}
      {latest && (
        <section className="card stack" aria-labelledby="text-model-title" data-testid="text-model">
          <div className="row wrap spread">
            <h2 id="text-model-title">{t('service.text.modelTitle', { name: modelName(latest) })}</h2>
            <div className="row wrap">
              {modelChoices.length > 1 && (
                <SelectField inline label={t('service.text.savedModels')} value={String(latest.modelId)} choices={modelChoices} choiceLabel={modelLabel} onChange={(id) => setChosenId(Number(id))} testId="text-model-pick" />
              )}
              <button type="button" className="btn ghost small" onClick={() => setDeleting(latest)} data-testid="text-model-delete">
                {t('service.text.deleteModel')}
              </button>
            </div>
          </div>
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
      <ConfirmDeleteDialog
        method="text.deleteModel"
        args={deleting ? { modelId: deleting.modelId } : null}
        title={t('service.text.deleteTitle')}
        text={t('service.text.deleteText', { name: deleting ? modelName(deleting) : '' })}
        onClose={() => setDeleting(null)}
        onDeleted={() => {
          setChosenId(null);
          models.reload();
          setLabelsVersion((v) => v + 1);
        }}
      />
      {latest && <RulesEditor key={`${latest.modelId}:${labelsVersion}`} task={latest.task} labels={latest.labels} />}
      {latest && <LabelsTable key={labelsVersion} modelId={latest.modelId} task={latest.task} labels={latest.labels} />}
    </div>
  );
}
