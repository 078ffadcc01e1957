import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { ProgressBar } from '../../../components/ProgressBar.js';
import { startJob } from '../../../api/jobs.js';
import { useExport } from '../../../state/useExport.js';
import { useSession } from '../../../state/session.js';
import type { SuspectQuery } from './useSuspectPages.js';

/**
 * "Export CSV / Excel" of the suspects the table shows: every one of the run matching its
 * filters, in rank order (the table's sort aside), with reasons in the user's language; saved
 * where the desktop app's dialog says, or downloaded from the web host (useExport).
 */
export function SuspectsExport({ runId, query }: { runId: number; query: SuspectQuery }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const { start, busy, progress, error, savedTo } = useExport<'csv' | 'xlsx'>();
  // The file is in rank order whatever the table's sort: the filters alone go to the export.
  const { sort, ...filter } = query;
  const exportAs = (format: 'csv' | 'xlsx') =>
    void start(format, `theft-suspects-run-${runId}.${format}`, (target, onProgress) =>
      startJob('theft.export', { ...filter, runId, format, language, ...target }, onProgress),
    );
  return (
    <div className="stack compact" data-testid="suspects-export">
      <div className="row wrap">
        <button type="button" className="btn small" onClick={() => exportAs('csv')} disabled={busy !== null} data-testid="suspects-export-csv">
          {t('theft.export.csv')}
        </button>
        <button type="button" className="btn small" onClick={() => exportAs('xlsx')} disabled={busy !== null} data-testid="suspects-export-xlsx">
          {t('theft.export.xlsx')}
        </button>
      </div>
      {busy && <ProgressBar fraction={progress?.fraction ?? 0} label={t('theft.export.busy')} />}
      {error && <ErrorNote error={error} />}
      {savedTo && (
        <p className="note ok small" role="status">
          {t('theft.export.saved', { path: savedTo })}
        </p>
      )}
    </div>
  );
}
