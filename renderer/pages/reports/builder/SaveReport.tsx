import { useTranslation } from 'react-i18next';
import type { SavedReport } from '../../../../engine/api/reportsTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { useForecastJob } from '../../../pages/forecast/useForecastJob.js';
import type { Draft } from './ReportEditor.js';

/** Save the report under its name: a new one, or the one opened (replacing its definition); saved in the signed-in user's name. */
export function SaveReport({ draft, onSaved, onName }: { draft: Draft; onSaved(saved: SavedReport): void; onName(name: string): void }) {
  const { t } = useTranslation();
  const save = useForecastJob('reports.save');
  const submit = async () => {
    const saved = await save.start({ ...(draft.reportId ? { reportId: draft.reportId } : {}), name: draft.name, spec: draft.spec });
    if (saved) onSaved(saved);
  };
  return (
    <section className="card stack" aria-labelledby="report-save-title">
      <h2 id="report-save-title">{t('reports.ui.save.title')}</h2>
      <div className="row wrap">
        <label className="field inline grow">
          <span>{t('reports.ui.save.name')}</span>
          <input type="text" value={draft.name} maxLength={120} onChange={(e) => onName(e.target.value)} data-testid="report-name" />
        </label>
        <button type="button" className="btn primary" onClick={() => void submit()} disabled={save.running || !draft.name.trim() || !draft.spec.title.trim()} data-testid="report-save">
          {draft.reportId ? t('reports.ui.save.replace') : t('reports.ui.save.button')}
        </button>
      </div>
      {draft.reportId !== undefined && !save.running && !save.error && (
        <p className="muted small" data-testid="report-saved">
          {t('reports.ui.save.savedAs', { reportId: draft.reportId })}
        </p>
      )}
      {save.error && <ErrorNote error={save.error} />}
    </section>
  );
}
