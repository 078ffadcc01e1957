import { useTranslation } from 'react-i18next';
import { formatDuration, formatInteger, formatPercent } from '../i18n/format.js';
import { useSession } from '../state/session.js';

/** A progress bar with what is known: share done, rows done of total, and time left. */
export function ProgressBar({ fraction, done, total, etaSeconds, label, unit = 'rows' }: {
  fraction: number;
  done?: number | undefined;
  total?: number | undefined;
  etaSeconds?: number | undefined;
  label: string;
  unit?: 'rows' | 'bytes';
}) {
  const { t } = useTranslation();
  const { language } = useSession();
  const share = Math.max(0, Math.min(1, fraction));
  const counts =
    done === undefined
      ? null
      : unit === 'rows'
        ? total
          ? t('progress.rowsOf', { done: formatInteger(done, language), total: formatInteger(total, language) })
          : t('progress.rows', { done: formatInteger(done, language) })
        : null;
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(share * 100)}
      >
        <div className="progress-fill" style={{ width: `${share * 100}%` }} />
      </div>
      <div className="progress-text">
        <span>{formatPercent(share, language, 0)}</span>
        {counts && <span>{counts}</span>}
        {etaSeconds !== undefined && etaSeconds > 0 && <span>{t('progress.timeLeft', { time: formatDuration(etaSeconds, language) })}</span>}
      </div>
    </div>
  );
}
