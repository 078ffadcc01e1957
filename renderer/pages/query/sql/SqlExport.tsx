import { useTranslation } from 'react-i18next';
import { startJob } from '../../../api/jobs.js';
import { cancelJob } from '../../../api/jobs.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { ProgressBar } from '../../../components/ProgressBar.js';
import { formatInteger } from '../../../i18n/format.js';
import { useExport } from '../../../state/useExport.js';
import { useSession } from '../../../state/session.js';
import type { SqlRunOptions } from './useSqlRun.js';

/** The whole result of the statement (not only the rows shown) to CSV or Excel, as a job with progress and Cancel. */
export function SqlExport({ sql, options }: { sql: string; options: Omit<SqlRunOptions, 'limit'> }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const { start, busy, progress, error, savedTo } = useExport<'csv' | 'xlsx'>();
  const exportAs = (format: 'csv' | 'xlsx') =>
    void start(format, `sql-result.${format}`, (target, onProgress) => startJob('sql.export', { sql, format, language, ...options, ...target }, onProgress));
  const rows = progress?.done ?? 0;
  return (
    <div className="stack compact" data-testid="sql-export">
      <div className="row wrap">
        <button type="button" className="btn small" onClick={() => exportAs('csv')} disabled={busy !== null || !sql.trim()} data-testid="sql-export-csv">
          {t('sql.export.csvButton')}
        </button>
        <button type="button" className="btn small" onClick={() => exportAs('xlsx')} disabled={busy !== null || !sql.trim()} data-testid="sql-export-xlsx">
          {t('sql.export.xlsxButton')}
        </button>
        {busy && progress && (
          <button type="button" className="btn small danger" onClick={() => void cancelJob(progress.id)}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      {busy && <ProgressBar fraction={progress?.fraction ?? 0} label={t('sql.export.busy', { rows: formatInteger(rows, language) })} />}
      {error && <ErrorNote error={error} />}
      {savedTo && (
        <p className="note ok small" role="status">
          {t('sql.export.saved', { path: savedTo })}
        </p>
      )}
    </div>
  );
}
