import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/errors.js';
import { errorText } from '../i18n/labels.js';
import type { Language } from '../../engine/api/types.js';

/** The engine did not answer the first calls: nothing else can work, so say so and offer a retry. */
export function StartupError({ error, onRetry }: { error: ApiError; onRetry(): void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="startup-error" role="alert">
      <h1>{t('startup.failed')}</h1>
      <p>{errorText(t, error, i18n.language as Language)}</p>
      <button type="button" className="btn primary" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
