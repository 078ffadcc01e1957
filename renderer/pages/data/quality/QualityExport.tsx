import { useTranslation } from 'react-i18next';
import type { QualityCode } from '../../../../engine/api/qualityTypes.js';
import type { DataKind } from '../../../../engine/api/types.js';
import { startJob } from '../../../api/jobs.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { ProgressBar } from '../../../components/ProgressBar.js';
import { useExport } from '../../../state/useExport.js';
import { useSession } from '../../../state/session.js';

/** Findings to Excel or CSV: one figure's (kind and code given) or all the check kept. */
export function QualityExport({ kind, code, testId }: { kind?: DataKind; code?: QualityCode; testId: string }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const { start, busy, progress, error, savedTo } = useExport<'csv' | 'xlsx'>();
  const exportAs = (format: 'csv' | 'xlsx') =>
    void start(format, `data-quality${kind ? `-${kind}` : ''}${code ? `-${code}` : ''}.${format}`, (target, onProgress) =>
      startJob('quality.export', { ...(kind ? { kind } : {}), ...(code ? { code } : {}), format, language, ...target }, onProgress),
    );
  return (
    <div className="stack compact" data-testid={testId}>
      <div className="row wrap">
        <button type="button" className="btn small" onClick={() => exportAs('xlsx')} disabled={busy !== null} data-testid={`${testId}-xlsx`}>
          {kind ? t('quality.export.xlsx') : t('quality.export.allXlsx')}
        </button>
        <button type="button" className="btn small" onClick={() => exportAs('csv')} disabled={busy !== null} data-testid={`${testId}-csv`}>
          {kind ? t('quality.export.csv') : t('quality.export.allCsv')}
        </button>
      </div>
      {busy && <ProgressBar fraction={progress?.fraction ?? 0} label={t('quality.export.busy')} />}
      {error && <ErrorNote error={error} />}
      {savedTo && (
        <p className="note ok small" role="status">
          {t('quality.export.saved', { path: savedTo })}
        </p>
      )}
    </div>
  );
}
