import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastRunInfo } from '../../../../engine/api/forecastTypes.js';
import { ConfirmDeleteDialog } from '../../../components/ConfirmDeleteDialog.js';
import { Dialog } from '../../../components/Dialog.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { useForecastJob } from '../useForecastJob.js';

type Run = Pick<ForecastRunInfo, 'runId' | 'name'>;

/** A new name for a saved run. */
export function RenameDialog({ run, onClose }: { run: Run | null; onClose(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const job = useForecastJob('forecast.edit');
  const { clearError } = job;
  useEffect(() => {
    setName(run?.name ?? '');
    clearError();
  }, [run, clearError]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!run?.runId || !name.trim()) return;
    void job.start({ action: 'rename', runId: run.runId, name: name.trim() }).then((done) => done && onClose());
  };
  return (
    <Dialog title={t('forecast.runs.renameTitle')} open={run !== null} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <label className="field">
          <span>{t('forecast.runs.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required autoFocus data-testid="rename-input" />
        </label>
        {job.error && <ErrorNote error={job.error} />}
        <div className="row end">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn primary" disabled={job.running || !name.trim()}>
            {t('forecast.runs.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Deleting a saved run, once confirmed. */
export function DeleteDialog({ run, onClose, onDeleted }: { run: Run | null; onClose(): void; onDeleted(): void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDeleteDialog
      method="forecast.edit"
      args={run?.runId ? { action: 'delete', runId: run.runId } : null}
      title={t('forecast.runs.deleteTitle')}
      text={t('forecast.runs.deleteText', { name: run?.name ?? '' })}
      onClose={onClose}
      onDeleted={onDeleted}
    />
  );
}
