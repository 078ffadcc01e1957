import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { ProgressBar } from '../../../components/ProgressBar.js';
import { startJob } from '../../../api/jobs.js';
import { useExport } from '../../../state/useExport.js';
import { useSession } from '../../../state/session.js';

/**
 * The case's evidence pack as a PDF for the field, in the language the UI speaks: saved where the
 * user chooses (desktop) or downloaded (web host), as every export is (useExport).
 */
export function PackButton({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const { start, busy, progress, error, savedTo } = useExport<'pdf'>();
  const make = () =>
    void start('pdf', `case-${caseId}-evidence-pack.pdf`, (target, onProgress) => startJob('cases.pack', { caseId, language, ...target }, onProgress));
  return (
    <div className="stack case-pack">
      <div className="row">
        <button type="button" className="btn" onClick={make} disabled={busy !== null} data-testid="case-pack">
          {t('theft.pack.button')}
        </button>
      </div>
      {busy && <ProgressBar fraction={progress?.fraction ?? 0} label={t('theft.pack.making')} />}
      {savedTo && (
        <p className="note ok small" role="status">
          {t('theft.pack.savedTo', { path: savedTo })}
        </p>
      )}
      {error && <ErrorNote error={error} />}
    </div>
  );
}
