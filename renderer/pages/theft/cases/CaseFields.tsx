import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../engine/api/casesTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';
import { useSignedIn } from '../../../state/signedIn.js';

/** The inspection's people, dates and findings, saved together; only what changed is sent (the history records each). */
export function CaseFields({ detail: c, onChanged }: { detail: CaseDetail; onChanged(): void }) {
  const { t } = useTranslation();
  const job = useForecastJob('cases.update');
  // Only roles that edit cases are offered it (the engine refuses the others anyway).
  const mayEdit = useSignedIn().can('edit_cases');
  const [assignee, setAssignee] = useState(c.assignee ?? '');
  const [dueDay, setDueDay] = useState(c.dueDay ?? '');
  const [inspectionDay, setInspectionDay] = useState(c.inspectionDay ?? '');
  const [findings, setFindings] = useState(c.findings ?? '');
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
  const changes = {
    ...(orNull(assignee) !== c.assignee ? { assignee: orNull(assignee) } : {}),
    ...(orNull(dueDay) !== c.dueDay ? { dueDay: orNull(dueDay) } : {}),
    ...(orNull(inspectionDay) !== c.inspectionDay ? { inspectionDay: orNull(inspectionDay) } : {}),
    ...(orNull(findings) !== c.findings ? { findings: orNull(findings) } : {}),
  };
  const changed = Object.keys(changes).length > 0;
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (changed) void job.start({ caseId: c.caseId, ...changes }).then((done) => done && onChanged());
  };
  return (
    <form className="card stack" onSubmit={save} aria-labelledby="case-inspection" data-testid="case-fields">
      <h3 id="case-inspection">{t('theft.case.inspection')}</h3>
      <div className="row wrap">
        <label className="field">
          <span>{t('theft.cases.assignee')}</span>
          <input value={assignee} onChange={(e) => setAssignee(e.target.value)} maxLength={80} data-testid="case-assignee-input" />
        </label>
        <label className="field">
          <span>{t('theft.case.dueDay')}</span>
          <input type="date" value={dueDay} onChange={(e) => setDueDay(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('theft.case.inspectionDay')}</span>
          <input type="date" value={inspectionDay} onChange={(e) => setInspectionDay(e.target.value)} data-testid="case-inspection-day" />
        </label>
      </div>
      <label className="field">
        <span>{t('theft.case.findings')}</span>
        <textarea value={findings} onChange={(e) => setFindings(e.target.value)} rows={4} maxLength={10_000} placeholder={t('theft.case.findingsHint')} data-testid="case-findings" />
      </label>
      {job.error && <ErrorNote error={job.error} />}
      {mayEdit && (
        <div className="row end">
          <button type="submit" className="btn primary" disabled={!changed || job.running} data-testid="case-fields-save">
            {t('theft.case.save')}
          </button>
        </div>
      )}
    </form>
  );
}
