import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArgsIn } from '../../../../engine/api/contract.js';
import type { BinEdit, RiskModelDetail } from '../../../../engine/api/riskTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { useQuery } from '../../../state/useQuery.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';
import { ComparisonView } from '../scorecard/ComparisonView.js';
import { ModelQuery } from '../scorecard/ModelQuery.js';
import { ScorecardView } from '../scorecard/ScorecardView.js';
import { FilePicker } from '../../../components/FilePicker.js';
import type { PickedFile } from '../../../state/menuCommands.js';
import { ScoreTablePanel } from './ScoreTablePanel.js';
import { TableSetup } from './TableSetup.js';

/**
 * The scorecard engine on an analyst's own table: pick a CSV with a 0/1 column, preview its
 * columns, choose target, id and the columns left out, train; read the model's scorecard and
 * validation with the workspace's components, and score another CSV with it.
 */
export function OwnDataTab() {
  const { t } = useTranslation();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [trained, setTrained] = useState<number | null>(null);
  // How the table was last trained here (target, id, columns left out): a retrain keeps them.
  const [trainedWith, setTrainedWith] = useState<ArgsIn<'risk.trainTable'> | null>(null);
  const preview = useQuery('risk.previewTable', { path: file?.path ?? '' }, { enabled: file !== null });
  const retrainJob = useForecastJob('risk.trainTable');
  // Retraining needs the table itself: the file trained on in this session, when the model came from it.
  const retrainable = (model: RiskModelDetail) => trainedWith !== null && preview.data !== undefined && model.fileName === preview.data.fileName && model.target === trainedWith.target;
  const retrain = (model: RiskModelDetail, binEdits: Record<string, BinEdit>) =>
    void retrainJob.start({ ...trainedWith!, scaling: model.scaling, binEdits }).then((m) => m && setTrained(m.modelId));
  return (
    <div className="stack risk-own-data">
      <section className="card stack" aria-labelledby="risk-table-title">
        <h2 id="risk-table-title">{t('risk.table.title')}</h2>
        <p className="muted small">{t('risk.table.hint')}</p>
        <FilePicker label={t('risk.table.chooseFile')} emptyText={t('risk.table.noFile')} accept=".csv,.txt" value={file} onPicked={setFile} testId="risk-table-file" />
        {file && !preview.data && <QueryFallback query={preview} />}
        {preview.data && (
          <TableSetup
            key={preview.data.path}
            preview={preview.data}
            onTrained={(m, args) => {
              setTrainedWith(args);
              setTrained(m.modelId);
            }}
          />
        )}
      </section>
      <ModelQuery key={trained ?? 0} source="table" chosen={trained}>
        {(model) => (
          <>
            {retrainJob.running && <JobProgress job={retrainJob} label={t('risk.scorecard.retraining')} />}
            {retrainJob.error && <ErrorNote error={retrainJob.error} />}
            <ScorecardView key={model.modelId} model={model} {...(retrainable(model) ? { onRetrain: retrainJob.running ? null : (edits: Record<string, BinEdit>) => retrain(model, edits) } : {})} />
            <ComparisonView model={model} />
            <ScoreTablePanel model={model} />
          </>
        )}
      </ModelQuery>
    </div>
  );
}
