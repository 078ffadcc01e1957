import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { modelChoices, resolutions, type BatchForecastResult, type ModelChoice, type Resolution } from '../../../../engine/api/forecastTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { SelectField } from '../../../components/SelectField.js';
import { formatDecimal, formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { JobProgress } from '../JobProgress.js';
import { HorizonField } from '../setup/HorizonField.js';
import { modelLabel } from '../texts.js';
import { useForecastChanges } from '../useForecastChanges.js';
import { useForecastJob } from '../useForecastJob.js';
import { BatchRunsTable } from './BatchRunsTable.js';

const levels = ['area', 'feeder', 'unit'] as const;
type Level = (typeof levels)[number];

/** Every transformer area (or feeder, or supply unit) forecast in one job on all cores, then each one's result. */
export function BatchTab() {
  const { t } = useTranslation();
  const { language } = useSession();
  const [level, setLevel] = useState<Level>('area');
  const [resolution, setResolution] = useState<Resolution>('hour');
  const [horizonHours, setHorizonHours] = useState(24);
  const [model, setModel] = useState<ModelChoice>('auto');
  const [origins, setOrigins] = useState(4);
  const [result, setResult] = useState<BatchForecastResult | null>(null);
  const [batchId, setBatchId] = useState<string | null>(null);
  const job = useForecastJob('forecast.batch');
  const runs = useQuery('forecast.runs', { limit: 5000 });
  useForecastChanges(runs.reload);
  // Earlier batches, newest first, from the saved runs they made.
  const createdAt = new Map((runs.data ?? []).filter((r) => r.batchId).map((r) => [r.batchId!, r.createdAt]));
  const batches = [...createdAt.entries()].sort((a, b) => b[1].localeCompare(a[1]));
  const shownBatch = batchId ?? result?.batchId ?? batches[0]?.[0] ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void job.start({ level, resolution, horizonHours, model, origins }).then((done) => {
      if (!done) return;
      setResult(done);
      setBatchId(done.batchId);
    });
  };

  return (
    <div className="stack">
      <form className="card stack" onSubmit={submit} aria-labelledby="batch-title">
        <h2 id="batch-title">{t('forecast.batch.title')}</h2>
        <p className="muted small">{t('forecast.batch.explain')}</p>
        <div className="row wrap">
          <SelectField label={t('forecast.batch.level')} value={level} choices={levels} choiceLabel={(l) => t(`forecast.scopeKinds.${l}`)} onChange={setLevel} />
          <SelectField label={t('forecast.setup.resolution')} value={resolution} choices={resolutions} choiceLabel={(r) => t(`forecast.resolutions.${r}`)} onChange={setResolution} />
          <SelectField label={t('forecast.setup.model')} value={model} choices={modelChoices} choiceLabel={(m) => modelLabel(t, m)} onChange={setModel} />
          <label className="field">
            <span>{t('forecast.setup.origins')}</span>
            <input type="number" min={1} max={52} value={origins} onChange={(e) => setOrigins(Math.max(1, Math.min(52, Math.round(Number(e.target.value) || 1))))} />
          </label>
        </div>
        <HorizonField value={horizonHours} onChange={setHorizonHours} />
        {job.running ? (
          <JobProgress
            job={job}
            label={t('forecast.batch.running')}
            counts={(done, total) => t('forecast.batch.progress', { done: formatInteger(done, language), total: formatInteger(total, language) })}
          />
        ) : (
          <div className="row">
            <button type="submit" className="btn primary" data-testid="run-batch">
              {t('forecast.batch.run')}
            </button>
          </div>
        )}
        {job.error && <ErrorNote error={job.error} />}
      </form>
      {result && (
        <p className="note ok" role="status">
          {t('forecast.batch.done', {
            count: result.runs.length,
            formatted: formatInteger(result.runs.length, language),
            seconds: formatDecimal(result.seconds, language, 1),
            workers: formatInteger(result.workers, language),
          })}
        </p>
      )}
      {batches.length > 1 && (
        <SelectField
          inline
          label={t('forecast.batch.choose')}
          value={shownBatch ?? ''}
          choices={batches.map(([id]) => id)}
          choiceLabel={(id) => createdAt.get(id)!.replace('T', ' ').slice(0, 16)}
          onChange={setBatchId}
        />
      )}
      {runs.error && <ErrorNote error={runs.error} onRetry={runs.reload} />}
      {shownBatch && <BatchRunsTable batchId={shownBatch} result={result?.batchId === shownBatch ? result : null} />}
      {!shownBatch && runs.data && <p className="muted">{t('forecast.batch.none')}</p>}
    </div>
  );
}
