import { useTranslation } from 'react-i18next';
import type { QuerySpecIn } from '../../../../engine/api/queryTypes.js';
import { startJob } from '../../../api/jobs.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { ProgressBar } from '../../../components/ProgressBar.js';
import { useExport } from '../../../state/useExport.js';
import { useSession } from '../../../state/session.js';

/** Export CSV / Excel of the query as shown (the pivot as laid out), headers and values in the user's language. */
export function QueryExport({ spec, viewName }: { spec: QuerySpecIn; viewName: string | null }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const { start, busy, progress, error, savedTo } = useExport<'csv' | 'xlsx'>();
  const base = viewName ? `query-${viewName}` : 'query';
  const exportAs = (format: 'csv' | 'xlsx') =>
    void start(format, `${base}.${format}`, (target, onProgress) =>
      startJob('query.export', { spec, ...(viewName ? { viewName } : {}), format, language, ...target }, onProgress),
    );
  return (
    <div className="stack compact">
      <div className="row wrap">
        <button type="button" className="btn small" onClick={() => exportAs('csv')} disabled={busy !== null} data-testid="qb-export-csv">
          {t('queryBuilder.exportCsv')}
        </button>
        <button type="button" className="btn small" onClick={() => exportAs('xlsx')} disabled={busy !== null} data-testid="qb-export-xlsx">
          {t('queryBuilder.exportXlsx')}
        </button>
      </div>
      {busy && <ProgressBar fraction={progress?.fraction ?? 0} label={t('queryBuilder.exporting')} />}
      {error && <ErrorNote error={error} />}
      {savedTo && (
        <p className="note ok small" role="status">
          {t('queryBuilder.exportSaved', { path: savedTo })}
        </p>
      )}
    </div>
  );
}
