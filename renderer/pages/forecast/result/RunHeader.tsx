import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastRun } from '../../../../engine/api/forecastTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { DeleteDialog, RenameDialog } from '../runs/RunDialogs.js';
import { openRun } from '../openRun.js';
import { formatPercentValue, formatStamp, horizonText, modelLabel, scopeKindLabel, scopeKindOf, signed, unitLabel } from '../texts.js';
import { useExportRun } from '../useExportRun.js';

/** A run's name and what it is (scope, times, model), with rename, export and delete. */
export function RunHeader({ run }: { run: ForecastRun }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const exporter = useExportRun(run);
  const scenario = run.scenario;
  return (
    <section className="card run-header" aria-labelledby="run-name">
      <div className="row spread wrap">
        <h2 id="run-name" data-testid="run-name">
          {run.name}
          {scenario && <span className="badge scenario">{t('forecast.runs.scenarioBadge')}</span>}
        </h2>
        <div className="row wrap">
          <button type="button" className="btn small" onClick={() => setRenaming(true)} disabled={run.runId === null}>
            {t('forecast.runs.rename')}
          </button>
          <button type="button" className="btn small" onClick={() => void exporter.exportAs('csv')} disabled={exporter.busy !== null} data-testid="export-csv">
            {t('forecast.exportCsv')}
          </button>
          <button type="button" className="btn small" onClick={() => void exporter.exportAs('xlsx')} disabled={exporter.busy !== null}>
            {t('forecast.exportXlsx')}
          </button>
          <button type="button" className="btn small danger" onClick={() => setDeleting(true)} disabled={run.runId === null}>
            {t('forecast.runs.delete')}
          </button>
        </div>
      </div>
      <dl className="facts inline run-facts">
        <dt>{scopeKindLabel(t, scopeKindOf(run.scope))}</dt>
        <dd>{run.scopeLabel}</dd>
        <dt>{t('forecast.setup.start')}</dt>
        <dd>{formatStamp(run.start, language, true)}</dd>
        <dt>{t('forecast.setup.horizon')}</dt>
        <dd>
          {horizonText(t, run.horizonHours, language)} · {t(`forecast.resolutions.${run.resolution}`)} · {unitLabel(t, run.unit)}
        </dd>
        <dt>{t('forecast.modelUsed')}</dt>
        <dd data-testid="chosen-model">
          {run.model === 'auto' ? t('forecast.autoChose', { model: modelLabel(t, run.chosen) }) : modelLabel(t, run.chosen)}
        </dd>
        <dt>{t('forecast.backtestMape')}</dt>
        <dd>{formatPercentValue(run.mape, language)}</dd>
        {scenario && (
          <>
            <dt>{t('forecast.scenario.title')}</dt>
            <dd>
              {scenario.shift !== null && t('forecast.scenario.shiftOf', { shift: signed(scenario.shift, language) })}
              {scenario.file !== null && t('forecast.scenario.fileOf', { file: scenario.file.split(/[\\/]/).pop() ?? scenario.file })}
              {scenario.baseRunId !== null && (
                <>
                  {' · '}
                  <button type="button" className="btn ghost small" onClick={() => openRun(scenario.baseRunId)}>
                    {t('forecast.scenario.openBase')}
                  </button>
                </>
              )}
            </dd>
          </>
        )}
        <dt>{t('forecast.runs.created')}</dt>
        <dd>{formatDateTime(run.createdAt, language)}</dd>
      </dl>
      {exporter.error && <ErrorNote error={exporter.error} />}
      {exporter.savedTo && (
        <p className="note ok small" role="status">
          {t('forecast.savedTo', { path: exporter.savedTo })}
        </p>
      )}
      <RenameDialog run={renaming ? run : null} onClose={() => setRenaming(false)} />
      <DeleteDialog run={deleting ? run : null} onClose={() => setDeleting(false)} onDeleted={() => openRun(null)} />
    </section>
  );
}

