import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fittedModels, type FittedModelId, type ForecastRun } from '../../../../engine/api/forecastTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { FilePicker } from '../../../components/FilePicker.js';
import { formatChange, formatDecimal } from '../../../i18n/format.js';
import type { PickedFile } from '../../../state/menuCommands.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { Chart } from '../../overview/charts/Chart.js';
import { scenarioOption } from '../charts/options.js';
import { scenarioResponse } from '../charts/series.js';
import { JobProgress } from '../JobProgress.js';
import { openRun } from '../openRun.js';
import { formatLoad, signed } from '../texts.js';
import { useForecastChanges } from '../useForecastChanges.js';
import { useForecastJob } from '../useForecastJob.js';

const NAME_MAX = 120;

/** Decimals that keep a small amount from reading as 0. */
const digitsFor = (value: number) => (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2);

const isFitted = (model: string): model is FittedModelId => (fittedModels as readonly string[]).includes(model);

/**
 * Temperature scenarios of a run: shift its temperatures by ±N °C or replace them by a forecast
 * file, run that as a scenario of this run, and see the load's response. A scenario run shows
 * itself against its base.
 */
export function ScenarioPanel({ run }: { run: ForecastRun }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const baseId = run.scenario?.baseRunId ?? null;
  const runs = useQuery('forecast.runs', { limit: 500 }, { enabled: baseId === null });
  useForecastChanges(runs.reload);
  const scenarios = (runs.data ?? []).filter((r) => r.runId !== null && r.scenario?.baseRunId === run.runId);
  const [shownId, setShownId] = useState<number | null>(null);
  const shown = shownId ?? scenarios[0]?.runId ?? null;
  // This run is a scenario: compare it with its base; else the scenario of it chosen below.
  const other = useQuery('forecast.get', { runId: (baseId ?? shown) ?? 0 }, { enabled: (baseId ?? shown) !== null });
  const pair = other.data ? (baseId !== null ? { base: other.data, scenario: run } : { base: run, scenario: other.data }) : null;

  return (
    <div className="stack" data-testid="scenarios">
      {baseId === null && <ScenarioForm run={run} onDone={setShownId} />}
      {baseId === null && scenarios.length > 0 && (
        <label className="field inline">
          <span>{t('forecast.scenario.show')}</span>
          <select value={shown ?? ''} onChange={(e) => setShownId(Number(e.target.value))}>
            {scenarios.map((s) => (
              <option key={s.runId} value={s.runId!}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {other.error && <ErrorNote error={other.error} onRetry={other.reload} />}
      {pair && <ScenarioComparison base={pair.base} scenario={pair.scenario} current={run.runId} language={language} />}
      {baseId === null && runs.data && scenarios.length === 0 && <p className="muted">{t('forecast.scenario.none')}</p>}
    </div>
  );
}

function ScenarioForm({ run, onDone }: { run: ForecastRun; onDone(runId: number): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [mode, setMode] = useState<'shift' | 'file'>('shift');
  const [shift, setShift] = useState(2);
  const [file, setFile] = useState<PickedFile | null>(null);
  const job = useForecastJob('forecast.run');
  const ready = run.runId !== null && !job.running && (mode === 'shift' ? shift !== 0 && Math.abs(shift) <= 20 : file !== null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready || run.runId === null) return;
    const name = (
      mode === 'shift'
        ? t('forecast.scenario.nameShift', { name: run.name, shift: signed(shift, language) })
        : t('forecast.scenario.nameFile', { name: run.name, file: file!.name })
    ).slice(0, NAME_MAX);
    const models = run.metrics.flatMap((m) => (isFitted(m.model) ? [m.model] : []));
    void job
      .start({
        scope: run.scope,
        resolution: run.resolution,
        start: run.start,
        horizonHours: run.horizonHours,
        model: run.model,
        // Backtested as the base was: its models over as many origins.
        ...(models.length > 0 ? { models } : {}),
        origins: Math.max(1, run.metrics[0]?.origins ?? 8),
        name,
        scenario: mode === 'shift' ? { shift, baseRunId: run.runId } : { temperatureFile: file!.path, baseRunId: run.runId },
      })
      .then((result) => result?.runId && onDone(result.runId));
  };

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="scenario-title">
      <h3 id="scenario-title">{t('forecast.scenario.title')}</h3>
      <p className="muted small">{t('forecast.scenario.explain')}</p>
      <fieldset className="radio-group">
        <legend className="visually-hidden">{t('forecast.scenario.title')}</legend>
        <div className="row">
          <label className="radio">
            <input type="radio" name="scenario-mode" checked={mode === 'shift'} onChange={() => setMode('shift')} />
            <span>{t('forecast.scenario.byShift')}</span>
          </label>
          <input
            type="number"
            step={0.5}
            min={-20}
            max={20}
            value={shift}
            onChange={(e) => setShift(Number(e.target.value))}
            disabled={mode !== 'shift'}
            aria-label={t('forecast.scenario.shiftLabel')}
            className="shift-input"
            data-testid="scenario-shift"
          />
          <span>°C</span>
        </div>
        <label className="radio">
          <input type="radio" name="scenario-mode" checked={mode === 'file'} onChange={() => setMode('file')} />
          <span>{t('forecast.scenario.byFile')}</span>
        </label>
      </fieldset>
      {mode === 'file' && (
        <FilePicker
          label={t('forecast.scenario.chooseFile')}
          emptyText={t('forecast.scenario.noFile')}
          hint={t('forecast.scenario.fileHint')}
          accept=".csv,.txt,.xlsx"
          small
          value={file}
          onPicked={setFile}
        />
      )}
      {job.running ? (
        <JobProgress job={job} label={t('forecast.scenario.running')} />
      ) : (
        <div className="row">
          <button type="submit" className="btn primary" disabled={!ready} data-testid="run-scenario">
            {t('forecast.scenario.run')}
          </button>
        </div>
      )}
      {job.error && <ErrorNote error={job.error} />}
    </form>
  );
}

function ScenarioComparison({ base, scenario, current, language }: { base: ForecastRun; scenario: ForecastRun; current: number | null; language: 'zh-CN' | 'en' }) {
  const { t } = useTranslation();
  const option = useMemo(() => scenarioOption(base, scenario, { t, language }), [base, scenario, t, language]);
  const response = useMemo(() => scenarioResponse(base, scenario), [base, scenario]);
  const load = (v: number) => formatLoad(v, base.unit, t, language);
  const title = t('forecast.scenario.compareTitle', { base: base.name, scenario: scenario.name });
  return (
    <section className="card chart-card" aria-labelledby="chart-scenario" data-chart="scenario">
      <h3 id="chart-scenario">{title}</h3>
      <dl className="facts inline" data-testid="scenario-response">
        <dt>{t('forecast.scenario.peak')}</dt>
        <dd>
          {load(response.basePeak)} → {load(response.scenarioPeak)}
        </dd>
        <dt>{t('forecast.scenario.energy')}</dt>
        <dd>
          {t('forecast.scenario.energyChange', {
            change: `${response.energyChange >= 0 ? '+' : '-'}${formatDecimal(Math.abs(response.energyChange), language, digitsFor(response.energyChange))} kWh`,
            share: formatChange(response.baseEnergy !== 0 ? response.energyChange / response.baseEnergy : null, language),
          })}
        </dd>
        {response.temperatureChange !== null && (
          <>
            <dt>{t('forecast.scenario.temperatureChange')}</dt>
            <dd>{signed(response.temperatureChange, language)} °C</dd>
          </>
        )}
      </dl>
      <Chart option={option} language={language} label={title} height={320} />
      <div className="row">
        <button type="button" className="btn small" onClick={() => openRun(base.runId, scenario.runId)}>
          {t('forecast.scenario.overlay')}
        </button>
        {scenario.runId !== null && scenario.runId !== current && (
          <button type="button" className="btn small ghost" onClick={() => openRun(scenario.runId)}>
            {t('forecast.scenario.openScenario')}
          </button>
        )}
      </div>
    </section>
  );
}
