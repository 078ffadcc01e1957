import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedViewInfo } from '../../../../engine/api/queryTypes.js';
import { Dialog } from '../../../components/Dialog.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';

/** Renaming a saved view (its query unchanged); a name another view has is refused in words. */
export function RenameView({ view, onClose, onRenamed }: { view: SavedViewInfo | null; onClose(): void; onRenamed(): void }) {
  const { t } = useTranslation();
  const job = useForecastJob('views.save');
  const { clearError } = job;
  const [name, setName] = useState('');
  useEffect(() => {
    setName(view?.name ?? '');
    clearError();
  }, [view, clearError]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!view || name.trim() === '') return;
    void job.start({ viewId: view.viewId, name: name.trim() }).then((saved) => {
      if (!saved) return;
      onClose();
      onRenamed();
    });
  };
  return (
    <Dialog title={t('queryBuilder.views.renameTitle')} open={view !== null} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <label className="field">
          <span>{t('queryBuilder.viewName')}</span>
          <input type="text" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} autoFocus data-testid="view-new-name" />
        </label>
        {job.error && <ErrorNote error={job.error} />}
        <div className="row end">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn primary" disabled={job.running || name.trim() === ''} data-testid="view-rename-save">
            {t('queryBuilder.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
