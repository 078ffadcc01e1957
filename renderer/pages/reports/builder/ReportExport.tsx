import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSpec } from '../../../../engine/api/reportsTypes.js';
import { cancelJob, startJob } from '../../../api/jobs.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { ProgressBar } from '../../../components/ProgressBar.js';
import { useExport } from '../../../state/useExport.js';

/** A file name from the title, as the engine makes one (engine/reports/export.ts). */
const fileBase = (title: string) => title.replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'report';

/**
 * "Export PDF" / "Export Excel" of the report as it stands (saved or not): progress and Cancel
 * while the engine writes it; saved where the desktop app's dialog says, or downloaded from the
 * web host, as every export is (useExport).
 */
export function ReportExport({ spec }: { spec: ReportSpec }) {
  const { t } = useTranslation();
  const { start, busy, progress, error, savedTo } = useExport<'pdf' | 'xlsx'>();
  const jobId = useRef<string | null>(null);
  const exportAs = (format: 'pdf' | 'xlsx') =>
    void start(format, `${fileBase(spec.title)}.${format}`, async (target, onProgress) => {
      const running = await startJob('reports.export', { spec, format, ...target }, onProgress);
      jobId.current = running.jobId;
      return running;
    });
  const cancel = () => {
    if (jobId.current) void cancelJob(jobId.current);
  };
  return (
    <section className="card stack" aria-labelledby="report-export-title" data-testid="report-export">
      <h2 id="report-export-title">{t('reports.ui.export.title')}</h2>
      <div className="row wrap">
        <button type="button" className="btn" onClick={() => exportAs('pdf')} disabled={busy !== null || spec.sections.length === 0} data-testid="report-export-pdf">
          {t('reports.ui.export.pdf')}
        </button>
        <button type="button" className="btn" onClick={() => exportAs('xlsx')} disabled={busy !== null || spec.sections.length === 0} data-testid="report-export-xlsx">
          {t('reports.ui.export.xlsx')}
        </button>
        {busy && (
          <button type="button" className="btn ghost" onClick={cancel} data-testid="report-export-cancel">
            {t('common.cancel')}
          </button>
        )}
      </div>
      {busy && <ProgressBar fraction={progress?.fraction ?? 0} label={t('reports.ui.export.busy', { format: busy === 'pdf' ? 'PDF' : 'Excel' })} />}
      {error && error.code !== 'cancelled' && <ErrorNote error={error} />}
      {error?.code === 'cancelled' && (
        <p className="muted small" role="status">
          {t('reports.ui.export.cancelled')}
        </p>
      )}
      {savedTo && (
        <p className="note ok small" role="status">
          {t('reports.ui.export.saved', { path: savedTo })}
        </p>
      )}
    </section>
  );
}
