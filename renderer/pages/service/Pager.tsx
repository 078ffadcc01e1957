import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../i18n/format.js';
import { useSession } from '../../state/session.js';

/** Previous / next page of a long list, with where it is. */
export function Pager({ offset, total, size, onChange }: { offset: number; total: number; size: number; onChange(offset: number): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  if (total <= size) return null;
  return (
    <div className="row pager">
      <button type="button" className="btn small" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - size))}>
        {t('service.previous')}
      </button>
      <span className="muted small">
        {t('service.pageOf', { from: formatInteger(offset + 1, language), to: formatInteger(Math.min(total, offset + size), language), total: formatInteger(total, language) })}
      </span>
      <button type="button" className="btn small" disabled={offset + size >= total} onClick={() => onChange(offset + size)}>
        {t('service.next')}
      </button>
    </div>
  );
}
