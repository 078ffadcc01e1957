import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuerySpecIn, SavedView } from '../../../../engine/api/queryTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { JobProgress } from '../../forecast/JobProgress.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';

/**
 * Saving the query: over the opened view (Save changes) or as a new view under a name (Save as
 * view); a name another view has is refused by the engine in words.
 */
export function SaveView({ spec, opened, onSaved }: { spec: QuerySpecIn; opened: { viewId: number; name: string } | null; onSaved(view: SavedView): void }) {
  const { t } = useTranslation();
  const job = useForecastJob('views.save');
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const done = (view: SavedView | null) => {
    if (!view) return;
    setNaming(false);
    setSaved(view.name);
    onSaved(view);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    void job.start({ name: name.trim(), spec }).then(done);
  };
  return (
    <div className="stack compact" data-testid="qb-save">
      <div className="row wrap">
        {opened && (
          <button type="button" className="btn small" disabled={job.running} onClick={() => void job.start({ viewId: opened.viewId, name: opened.name, spec }).then(done)} data-testid="qb-save-changes">
            {t('queryBuilder.saveChanges')}
          </button>
        )}
        {!naming && (
          <button type="button" className="btn small primary" onClick={() => { setNaming(true); setSaved(null); job.clearError(); }} data-testid="qb-save-as">
            {t('queryBuilder.saveAs')}
          </button>
        )}
      </div>
      {naming && (
        <form className="row wrap" onSubmit={submit}>
          <label className="field inline">
            <span>{t('queryBuilder.viewName')}</span>
            <input type="text" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} autoFocus data-testid="qb-view-name" onKeyDown={(e) => e.key === 'Escape' && setNaming(false)} />
          </label>
          <button type="submit" className="btn small primary" disabled={job.running || name.trim() === ''} data-testid="qb-view-save">
            {t('queryBuilder.save')}
          </button>
          <button type="button" className="btn small ghost" onClick={() => setNaming(false)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
      <JobProgress job={job} label={t('queryBuilder.saving')} />
      {job.error && <ErrorNote error={job.error} />}
      {saved && (
        <p className="note ok small" role="status" data-testid="qb-saved">
          {t('queryBuilder.savedAs', { name: saved })}
        </p>
      )}
    </div>
  );
}
