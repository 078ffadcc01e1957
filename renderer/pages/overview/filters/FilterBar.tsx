import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../../i18n/format.js';
import { categoryLabel } from '../../../i18n/labels.js';
import { useSession } from '../../../state/session.js';
import { filterKeys, isEmpty, type CrossFilter, type FilterKey } from './crossFilter.js';

/**
 * The filters a click on a chart applied, as chips: each removable on its own, all at once with
 * "Clear all" or Esc (OverviewPage). Says how to apply one while there is none.
 */
export function FilterBar({ filter, areaName, onRemove, onClear }: { filter: CrossFilter; areaName: string | null; onRemove(key: FilterKey): void; onClear(): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const text = (key: FilterKey): string => {
    switch (key) {
      case 'areaId':
        return t('overview.filter.area', { area: filter.areaId === '' ? t('overview.noArea') : areaName ? `${areaName} (${filter.areaId})` : filter.areaId });
      case 'month':
        return t('overview.filter.month', { month: formatMonth(filter.month, language) });
      case 'category':
        return t('overview.filter.category', { category: categoryLabel(t, filter.category!) });
    }
  };
  return (
    <div className="filter-bar" role="region" aria-label={t('overview.filter.title')} data-testid="overview-filters">
      <span className="filter-bar-title">{t('overview.filter.title')}</span>
      {isEmpty(filter) ? (
        <span className="muted small">{t('overview.filter.hint')}</span>
      ) : (
        <>
          {filterKeys
            .filter((key) => filter[key] !== undefined)
            .map((key) => (
              <span key={key} className="chip" data-filter={key}>
                <span className="chip-label">{text(key)}</span>
                <button type="button" className="chip-remove" onClick={() => onRemove(key)} aria-label={t('overview.filter.remove', { filter: text(key) })}>
                  ×
                </button>
              </span>
            ))}
          <button type="button" className="btn small ghost" onClick={onClear} data-testid="overview-filters-clear">
            {t('overview.filter.clearAll')}
          </button>
          <span className="muted small">{t('overview.filter.escHint')}</span>
        </>
      )}
    </div>
  );
}
