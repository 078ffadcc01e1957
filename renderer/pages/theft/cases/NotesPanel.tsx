import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../engine/api/casesTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useForecastJob } from '../../forecast/useForecastJob.js';
import { useSignedIn } from '../../../state/signedIn.js';

/** The case's notes, oldest first, and a new one added. Notes are kept: none is edited or removed. */
export function NotesPanel({ detail: c, onChanged }: { detail: CaseDetail; onChanged(): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const job = useForecastJob('cases.note');
  // Only roles that edit cases are offered it (the engine refuses the others anyway).
  const mayEdit = useSignedIn().can('edit_cases');
  const [text, setText] = useState('');
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    void job.start({ caseId: c.caseId, text: text.trim() }).then((note) => {
      if (!note) return;
      setText('');
      onChanged();
    });
  };
  return (
    <section className="card stack" aria-labelledby="case-notes">
      <h3 id="case-notes">{t('theft.notes.title')}</h3>
      {c.notes.length === 0 ? (
        <p className="muted small">{t('theft.notes.none')}</p>
      ) : (
        <ul className="case-notes" data-testid="case-notes">
          {c.notes.map((n) => (
            <li key={n.noteId}>
              <p className="note-text">{n.text}</p>
              <p className="muted small">{t('theft.notes.by', { who: n.who, at: formatDateTime(n.at, language) })}</p>
            </li>
          ))}
        </ul>
      )}
      {mayEdit && (
        <form className="stack compact" onSubmit={add}>
          <label className="field">
            <span>{t('theft.notes.add')}</span>
            <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} maxLength={10_000} data-testid="note-text" />
          </label>
          {job.error && <ErrorNote error={job.error} />}
          <div className="row end">
            <button type="submit" className="btn" disabled={!text.trim() || job.running} data-testid="note-add">
              {t('theft.notes.save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
