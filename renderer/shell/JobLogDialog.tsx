import { useTranslation } from 'react-i18next';
import type { JobInfo } from '../../engine/api/types.js';
import { Dialog } from '../components/Dialog.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { jobMethodLabel } from '../i18n/labels.js';
import { useQuery } from '../state/useQuery.js';

/** One job's log as the engine recorded it (technical lines, kept in the engine's words). */
export function JobLogDialog({ job, onClose }: { job: JobInfo | null; onClose(): void }) {
  const { t } = useTranslation();
  const detail = useQuery('jobs.get', { id: job?.id ?? '-' }, { enabled: job !== null });
  return (
    <Dialog title={job ? t('jobs.logTitle', { job: jobMethodLabel(t, job.method) }) : ''} open={job !== null} onClose={onClose} wide>
      {detail.error && <ErrorNote error={detail.error} />}
      {detail.data && (
        <pre className="log" tabIndex={0}>
          {detail.data.log.length > 0 ? detail.data.log.join('\n') : t('jobs.emptyLog')}
        </pre>
      )}
    </Dialog>
  );
}
