import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArgsIn, JobMethod } from '../../engine/api/contract.js';
import { useForecastJob } from '../pages/forecast/useForecastJob.js';
import { Dialog } from './Dialog.js';
import { ErrorNote } from './ErrorNote.js';

/**
 * Deleting something saved, once confirmed: the delete job runs with `args` (null: the dialog is
 * closed); Cancel has the focus, so Enter alone deletes nothing.
 */
export function ConfirmDeleteDialog<M extends JobMethod>({
  method,
  args,
  title,
  text,
  onClose,
  onDeleted,
}: {
  method: M;
  args: ArgsIn<M> | null;
  title: string;
  text: string;
  onClose(): void;
  onDeleted(): void;
}) {
  const { t } = useTranslation();
  const job = useForecastJob(method);
  const { clearError } = job;
  useEffect(() => clearError(), [args, clearError]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!args) return;
    void job.start(args).then((done) => {
      if (!done) return;
      onClose();
      onDeleted();
    });
  };
  return (
    <Dialog title={title} open={args !== null} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <p>{text}</p>
        {job.error && <ErrorNote error={job.error} />}
        <div className="row end">
          <button type="button" className="btn" onClick={onClose} autoFocus>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn danger" disabled={job.running} data-testid="confirm-delete">
            {t('common.delete')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
