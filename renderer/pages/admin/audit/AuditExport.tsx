import { useTranslation } from 'react-i18next';
import { startJob } from '../../../api/jobs.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { ProgressBar } from '../../../components/ProgressBar.js';
import { useExport } from '../../../state/useExport.js';
import { useSession } from '../../../state/session.js';
import type { AuditFilterValues } from './AuditFilters.js';

/** The entries the filters show, to Excel (the export is itself recorded in the log). */
export function AuditExport({ filter }: { filter: AuditFilterValues }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const { start, busy, progress, error, savedTo } = useExport<'xlsx'>();
  const exportXlsx = () => void start('xlsx', 'audit-log.xlsx', (target, onProgress) => startJob('audit.export', { ...filter, format: 'xlsx', language, ...target }, onProgress));
  return (
    <div className="stack compact">
      <button type="button" className="btn small" onClick={exportXlsx} disabled={busy !== null} data-testid="audit-export">
        {t('audit.export.button')}
      </button>
      {busy && <ProgressBar fraction={progress?.fraction ?? 0} label={t('audit.export.busy')} />}
      {error && <ErrorNote error={error} />}
      {savedTo && (
        <p className="note ok small" role="status" data-testid="audit-export-saved">
          {t('audit.export.saved', { path: savedTo })}
        </p>
      )}
    </div>
  );
}
