import { useState, type ReactNode } from 'react';
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
        <Fact term={scopeKindLabel(t, scopeKindOf(run.scope))}>{run.scopeLabel}</Fact>
        <Fact term={t('forecast.setup.start')}>{formatStamp(run.start, language, true)}</Fact>
        <Fact term={t('forecast.setup.horizon')}>
          {horizonText(t, run.horizonHours, language)} · {t(`forecast.resolutions.${run.resolution}`)} · {unitLabel(t, run.unit)}
        </Fact>
        <Fact term={t('forecast.modelUsed')} testId="chosen-model">
          {run.model === 'auto' ? t('forecast.autoChose', { model: modelLabel(t, run.chosen) }) : modelLabel(t, run.chosen)}
        </Fact>
        <Fact term={t('forecast.backtestMape')}>{formatPercentValue(run.mape, language)}</Fact>
        {scenario && (
          <Fact term={t('forecast.scenario.title')}>
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
          </Fact>
        )}
        <Fact term={t('forecast.runs.created')}>{formatDateTime(run.createdAt, language)}</Fact>
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

/** A term and its value, kept together on one line of the facts. */
function Fact({ term, children, testId }: { term: string; children: ReactNode; testId?: string }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}
