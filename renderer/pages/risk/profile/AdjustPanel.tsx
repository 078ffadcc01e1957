import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { riskGrades, type RiskGrade, type RiskProfile } from '../../../../engine/api/riskTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { SelectField } from '../../../components/SelectField.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';

/**
 * The qualitative adjustment: move the customer's grade with a reason (kept, never edited: a new
 * one supersedes it), and every adjustment made, newest first.
 */
export function AdjustPanel({ profile, onAdjusted }: { profile: RiskProfile; onAdjusted(): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const current = profile.latest?.adjustedGrade ?? profile.latest?.grade ?? 'C';
  const [grade, setGrade] = useState<RiskGrade>(current);
  const [reason, setReason] = useState('');
  const job = useForecastJob('risk.adjust');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (job.running || !reason.trim()) return;
    void job.start({ customerId: profile.customerId, grade, reason: reason.trim() }).then((done) => {
      if (!done) return;
      setReason('');
      onAdjusted();
    });
  };
  const adjustments = [...profile.adjustments].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.adjustmentId - a.adjustmentId);
  return (
    <section className="card stack" aria-labelledby="risk-adjust">
      <h3 id="risk-adjust">{t('risk.adjust.title')}</h3>
      {profile.latest ? (
        <form className="row wrap align-end" onSubmit={submit}>
          <SelectField inline label={t('risk.adjust.grade')} value={grade} choices={riskGrades} choiceLabel={(g) => t('risk.grade', { grade: g })} onChange={setGrade} testId="risk-adjust-grade" />
          <label className="field inline grow">
            <span>{t('risk.adjust.reason')}</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} placeholder={t('risk.adjust.reasonHint')} data-testid="risk-adjust-reason" />
          </label>
          <button type="submit" className="btn primary" disabled={job.running || !reason.trim()} data-testid="risk-adjust-save">
            {job.running ? t('risk.adjust.saving') : t('risk.adjust.save')}
          </button>
        </form>
      ) : (
        <p className="muted small">{t('risk.profile.notScored')}</p>
      )}
      {job.error && <ErrorNote error={job.error} />}
      {adjustments.length === 0 ? (
        <p className="muted small">{t('risk.adjust.none')}</p>
      ) : (
        <ul className="risk-adjustments" data-testid="risk-adjustments">
          {adjustments.map((a) => (
            <li key={a.adjustmentId}>
              <span className="strong">{t('risk.adjust.entry', { from: a.fromGrade, to: a.grade })}</span> <span>{a.reason}</span>{' '}
              <span className="muted small">· {t('risk.adjust.by', { who: a.user, at: formatDateTime(a.createdAt, language) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
