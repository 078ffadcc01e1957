import { useTranslation } from 'react-i18next';
import type { TheftScoreRunInfo } from '../../../../engine/api/theftTypes.js';
import { formatDateTime, formatDay, formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';

/** The saved score runs, newest first, and what the one in view scored. */
export function RunPicker({ runs, runId, onChange }: { runs: TheftScoreRunInfo[]; runId: number; onChange(runId: number): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const run = runs.find((r) => r.runId === runId);
  return (
    <div className="row wrap run-picker">
      <label className="field inline">
        <span>{t('theft.runs.label')}</span>
        <select value={runId} onChange={(e) => onChange(Number(e.target.value))} data-testid="run-picker">
          {runs.map((r) => (
            <option key={r.runId} value={r.runId ?? ''}>
              {t('theft.runs.option', { runId: r.runId, asOf: formatDay(r.asOf, language), created: formatDateTime(r.createdAt, language) })}
            </option>
          ))}
        </select>
      </label>
      {run && (
        <span className="muted small" data-testid="run-summary">
          {t('theft.runs.summary', {
            customers: formatInteger(run.customers, language),
            model: run.supervised ? t('theft.runs.supervised', { labels: formatInteger(run.labels, language) }) : t('theft.runs.unsupervised'),
          })}
        </span>
      )}
    </div>
  );
}
