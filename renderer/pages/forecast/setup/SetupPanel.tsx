import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fittedModels, modelChoices, resolutions, type FittedModelId, type ForecastScopeOption, type ModelChoice, type Resolution } from '../../../../engine/api/forecastTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { SelectField } from '../../../components/SelectField.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { JobProgress } from '../JobProgress.js';
import { openRun } from '../openRun.js';
import { isStamp, nextInterval } from '../stamps.js';
import { formatStamp, modelLabel } from '../texts.js';
import { useForecastJob } from '../useForecastJob.js';
import { HorizonField } from './HorizonField.js';
import { ScopePicker, scopeOptionLabel } from './ScopePicker.js';

/**
 * What to forecast and how: scope, resolution, horizon, start, model, the models to compare and
 * the backtest's origins. Run starts the job; its progress and Cancel replace the button.
 */
export function SetupPanel() {
  const { t } = useTranslation();
  const { language } = useSession();
  const range = useQuery('forecast.dataRange', {}, { kinds: ['interval', 'daily', 'weather'] });
  const [scope, setScope] = useState<ForecastScopeOption | null>(null);
  const [resolution, setResolution] = useState<Resolution>('hour');
  const [horizonHours, setHorizonHours] = useState(24);
  // Unset: the engine starts after the scope's own last load. Shown as the workspace's.
  const [start, setStart] = useState<string | null>(null);
  const [model, setModel] = useState<ModelChoice>('auto');
  const [models, setModels] = useState<FittedModelId[]>([...fittedModels]);
  const [origins, setOrigins] = useState(8);
  const job = useForecastJob('forecast.run');
  const onScope = useCallback((option: ForecastScopeOption | null) => setScope(option), []);

  const lastStamp = range.data?.lastStamp ?? null;
  const defaultStart = lastStamp ? nextInterval(lastStamp, resolution) : null;
  const startValid = start === null || isStamp(start);
  const canRun = scope !== null && startValid && models.length > 0 && horizonHours >= 1 && horizonHours <= 336 && !job.running;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!canRun) return;
    void job
      .start({
        scope: scope.selector,
        resolution,
        horizonHours,
        model,
        models,
        origins,
        ...(start ? { start } : {}),
      })
      .then((run) => run?.runId && openRun(run.runId));
  };
  const toggleModel = (id: FittedModelId, on: boolean) => setModels((list) => (on ? fittedModels.filter((m) => m === id || list.includes(m)) : list.filter((m) => m !== id)));

  return (
    <form className="card setup-panel" onSubmit={submit} aria-labelledby="forecast-setup-title">
      <h2 id="forecast-setup-title">{t('forecast.setup.title')}</h2>
      {range.data && (
        <p className="muted small" data-testid="data-range">
          {range.data.lastStamp
            ? t('forecast.setup.dataRange', { first: formatStamp(range.data.firstStamp ?? '', language), last: formatStamp(range.data.lastStamp, language) })
            : t('forecast.setup.noLoad')}
        </p>
      )}
      {range.error && <ErrorNote error={range.error} onRetry={range.reload} />}
      <ScopePicker value={scope} onChange={onScope} />
      <div className="field">
        <span id="forecast-resolution">{t('forecast.setup.resolution')}</span>
        <div className="segmented" role="group" aria-labelledby="forecast-resolution">
          {resolutions.map((r) => (
            <button key={r} type="button" className={r === resolution ? 'seg active' : 'seg'} aria-pressed={r === resolution} onClick={() => setResolution(r)}>
              {t(`forecast.resolutions.${r}`)}
            </button>
          ))}
        </div>
      </div>
      <HorizonField value={horizonHours} onChange={setHorizonHours} />
      <label className="field">
        <span>{t('forecast.setup.start')}</span>
        <input
          type="datetime-local"
          step={resolution === '15min' ? 900 : 3600}
          value={start ?? defaultStart ?? ''}
          onChange={(e) => setStart(e.target.value ? e.target.value.slice(0, 16) : null)}
          aria-invalid={!startValid}
          data-testid="forecast-start"
        />
        <span className="muted small">
          {start === null ? t('forecast.setup.startDefault') : (
            <button type="button" className="btn ghost small" onClick={() => setStart(null)}>
              {t('forecast.setup.startReset')}
            </button>
          )}
        </span>
      </label>
      <SelectField label={t('forecast.setup.model')} value={model} choices={modelChoices} choiceLabel={(m) => modelLabel(t, m)} onChange={setModel} testId="forecast-model" />
      <details className="setup-more">
        <summary>
          {t('forecast.setup.modelsAndBacktest')} <span className="muted small">({t('forecast.setup.modelsSummary', { count: models.length, origins })})</span>
        </summary>
        <fieldset className="stack compact">
          <legend>{t('forecast.setup.compareModels')}</legend>
          <div className="check-grid">
            {fittedModels.map((m) => (
              <label key={m} className="check">
                <input type="checkbox" checked={models.includes(m)} onChange={(e) => toggleModel(m, e.target.checked)} />
                <span>{modelLabel(t, m)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field">
          <span>{t('forecast.setup.origins')}</span>
          <input type="number" min={1} max={104} value={origins} onChange={(e) => setOrigins(Math.max(1, Math.min(104, Math.round(Number(e.target.value) || 1))))} />
          <span className="muted small">{t('forecast.setup.originsHint')}</span>
        </label>
      </details>
      {models.length === 0 && <p className="note warn small">{t('forecast.setup.pickAModel')}</p>}
      <div className="setup-run">
        {job.running ? (
          <JobProgress job={job} label={t('forecast.setup.running', { scope: scope ? scopeOptionLabel(t, scope) : '' })} />
        ) : (
          <button type="submit" className="btn primary" disabled={!canRun} data-testid="run-forecast">
            {t('forecast.setup.run')}
          </button>
        )}
        {job.error && <ErrorNote error={job.error} />}
      </div>
    </form>
  );
}
