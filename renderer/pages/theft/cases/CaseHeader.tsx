import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseStatus } from '../../../../engine/api/casesTypes.js';
import { Dialog } from '../../../components/Dialog.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { formatDateTime, formatDay } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';
import { formatScore, indicatorLabel, statusLabel } from '../texts.js';
import { isReopening, nextStatuses } from './caseFlow.js';
import { PackButton } from './PackButton.js';
import { useSignedIn } from '../../../state/signedIn.js';

/** The case's customer, status, people and dates, the score it was opened with, and the moves its status allows. */
export function CaseHeader({ detail: c, onChanged }: { detail: CaseDetail; onChanged(): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const job = useForecastJob('cases.update');
  // Only roles that edit cases are offered it (the engine refuses the others anyway).
  const mayEdit = useSignedIn().can('edit_cases');
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');

  const move = (status: CaseStatus, why?: string) =>
    void job.start({ caseId: c.caseId, status, ...(why ? { reason: why } : {}) }).then((done) => {
      if (!done) return;
      setReopening(false);
      setReason('');
      onChanged();
    });
  const reopen = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) move('inspecting', reason.trim());
  };
  const fact = (label: string, value: string, testId?: string) => (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
  return (
    <section className="card stack case-header" aria-labelledby="case-title">
      <div className="row spread wrap">
        <h2 id="case-title">
          {t('theft.case.title', { caseId: c.caseId, customer: c.customerId })}
          {c.customerName && <span className="muted"> · {c.customerName}</span>}
        </h2>
        <span className={`badge status-${c.status}`} data-testid="case-status">
          {statusLabel(t, c.status)}
        </span>
      </div>
      <dl className="theft-facts">
        {fact(t('theft.suspects.category'), c.category ? t(`values.customers.category.${c.category}`, { defaultValue: c.category }) : '—')}
        {fact(t('theft.suspects.area'), c.areaId ?? '—')}
        {fact(t('theft.cases.assignee'), c.assignee ?? '—', 'case-assignee')}
        {fact(t('theft.case.opened'), t('theft.case.openedBy', { at: formatDateTime(c.openedAt, language), who: c.openedBy }))}
        {fact(t('theft.case.dueDay'), formatDay(c.dueDay, language))}
        {fact(t('theft.case.inspectionDay'), formatDay(c.inspectionDay, language))}
        {c.closedAt && fact(t('theft.case.closed'), formatDateTime(c.closedAt, language))}
        {fact(t('theft.case.openedWith'), c.score === null ? t('theft.case.byHand') : t('theft.case.scoreOf', { score: formatScore(c.score, language), runId: c.runId }))}
      </dl>
      {c.reasons.length > 0 && (
        <p className="small">
          <span className="muted">{t('theft.case.reasons')}: </span>
          {c.reasons.map((code) => indicatorLabel(t, code)).join(' · ')}
        </p>
      )}
      <div className="row wrap" role="group" aria-label={t('theft.case.actions')}>
        {(mayEdit ? nextStatuses(c.status) : []).map((status) =>
          isReopening(c.status, status) ? (
            <button key={status} type="button" className="btn" onClick={() => setReopening(true)} disabled={job.running}>
              {t('theft.case.reopen')}
            </button>
          ) : (
            <button key={status} type="button" className={status === 'cleared' ? 'btn' : 'btn primary'} onClick={() => move(status)} disabled={job.running} data-testid={`move-${status}`}>
              {t(`theft.case.moveTo.${status}`)}
            </button>
          ),
        )}
      </div>
      {job.error && !reopening && <ErrorNote error={job.error} />}
      <PackButton caseId={c.caseId} />
      <Dialog title={t('theft.case.reopenTitle', { caseId: c.caseId })} open={reopening} onClose={() => setReopening(false)}>
        <form className="stack" onSubmit={reopen}>
          <label className="field">
            <span>{t('theft.case.reopenReason')}</span>
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={1000} required autoFocus />
          </label>
          {job.error && <ErrorNote error={job.error} />}
          <div className="row end">
            <button type="button" className="btn" onClick={() => setReopening(false)}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn primary" disabled={!reason.trim() || job.running}>
              {t('theft.case.reopen')}
            </button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
