import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportFileResult, MappingSpec } from '../../../../engine/api/importTypes.js';
import type { DataKind } from '../../../../engine/api/types.js';
import { toApiError, type ApiError } from '../../../api/errors.js';
import { cancelJob, startJob, type JobProgress } from '../../../api/jobs.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { ProgressBar } from '../../../components/ProgressBar.js';
import { useStepFocus } from '../../../components/useStepFocus.js';
import { kindLabel } from '../../../i18n/labels.js';

/**
 * The import running as a job: rows and time left, and Cancel, which leaves the
 * workspace exactly as it was and hands back to the preview.
 */
export function RunStep({ fileName, path, kind, mapping, onDone, onCancelled, onBack }: {
  fileName: string;
  path: string;
  kind: DataKind;
  mapping: MappingSpec | undefined;
  onDone(result: ImportFileResult): void;
  /** The job ended cancelled: nothing of the file was written. */
  onCancelled(): void;
  onBack(): void;
}) {
  const { t } = useTranslation();
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const started = useRef(false);

  useEffect(() => {
    // Once per mount, also under StrictMode's double effects: an import must not run twice.
    if (started.current) return;
    started.current = true;
    void (async () => {
      try {
        const job = await startJob('import.run', mapping ? { path, kind, mapping } : { path, kind }, setProgress);
        setJobId(job.jobId);
        onDone(await job.result);
      } catch (caught) {
        const apiError = toApiError(caught);
        if (apiError.code === 'cancelled') onCancelled();
        else setError(apiError);
      }
    })();
  }, [path, kind, mapping, onDone, onCancelled]);

  const heading = useStepFocus<HTMLHeadingElement>('.import-wizard');
  const label = t('import.importing', { file: fileName, kind: kindLabel(t, kind) });
  return (
    <div className="stack run-step">
      <h2 className="file-title" tabIndex={-1} ref={heading}>
        {label}
      </h2>
      {!error && (
        <>
          <ProgressBar fraction={progress?.fraction ?? 0} done={progress?.done} total={progress?.total} etaSeconds={progress?.etaSeconds} label={label} />
          <div className="row">
            <button type="button" className="btn danger" disabled={jobId === null} onClick={() => jobId && void cancelJob(jobId).catch((e: unknown) => setError(toApiError(e)))}>
              {t('common.cancel')}
            </button>
          </div>
        </>
      )}
      {error && <ErrorNote error={error} />}
      {error && (
        <div className="row">
          <button type="button" className="btn primary" onClick={onBack}>
            {t('import.backToPreview')}
          </button>
        </div>
      )}
    </div>
  );
}
