import { useTranslation } from 'react-i18next';
import type { CaseHistoryEntry } from '../../../../engine/api/casesTypes.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { historyText } from '../texts.js';

/** Every change to the case, newest first: when, who, what (append-only: the engine never rewrites it). */
export function HistoryList({ history }: { history: CaseHistoryEntry[] }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const entries = [...history].reverse();
  return (
    <section className="card stack" aria-labelledby="case-history">
      <h3 id="case-history">{t('theft.history.title')}</h3>
      <ol className="case-history" data-testid="case-history">
        {entries.map((e) => (
          <li key={e.entryId} data-action={e.action}>
            <p className="muted small">
              {formatDateTime(e.at, language)} · {e.who} · <strong>{t(`theft.history.actions.${e.action}`)}</strong>
            </p>
            <p className="history-text">{historyText(t, e, language)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
