import { useTranslation } from 'react-i18next';
import type { DataCheck } from '../../../../engine/api/forecastTypes.js';
import { useSession } from '../../../state/session.js';
import { checkText } from '../texts.js';

const ORDER: Record<DataCheck['severity'], number> = { error: 0, warning: 1, info: 2 };

/** What the checks before fitting found: short history, flat lines, gaps, fallbacks... worst first. */
export function ChecksList({ checks }: { checks: DataCheck[] }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const sorted = [...checks].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <section className="card" aria-labelledby="forecast-checks" data-testid="data-checks">
      <h3 id="forecast-checks" tabIndex={-1}>{t('forecast.checks.title')}</h3>
      {sorted.length === 0 ? (
        <p className="muted">{t('forecast.checks.none')}</p>
      ) : (
        <ul className="plain-list">
          {sorted.map((check, i) => (
            <li key={`${check.code}-${i}`} className={`check-item ${check.severity}`} data-check={check.code}>
              <span className={`badge severity-${check.severity}`}>{t(`forecast.checks.severity.${check.severity}`)}</span>
              <span>{checkText(t, check, language)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
