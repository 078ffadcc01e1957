import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/errors.js';
import { errorText } from '../i18n/labels.js';
import { useSession } from '../state/session.js';

/**
 * An engine error in the user's language, announced to screen readers. The engine's own
 * message (English, with paths and values) stays one click away for support.
 */
export function ErrorNote({ error, onRetry }: { error: Pick<ApiError, 'code' | 'message' | 'details'>; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const text = errorText(t, error, language);
  return (
    <div className="note error" role="alert" data-error-code={error.code}>
      <div className="note-main">
        <span>{text}</span>
        {onRetry && (
          <button type="button" className="btn small" onClick={onRetry}>
            {t('common.retry')}
          </button>
        )}
      </div>
      {error.message && error.message !== text && (
        <details className="tech">
          <summary>{t('common.technicalDetails')}</summary>
          <code>{error.message}</code>
        </details>
      )}
    </div>
  );
}
