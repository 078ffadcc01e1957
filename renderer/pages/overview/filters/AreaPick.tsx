import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What a click on an area's bar offers: filter the Overview by the area (or stop), or drill
 * down to its customers. Takes the focus when it opens, so a keyboard user goes on from here.
 */
/** `onDrill`: absent for the consumption of no area, which has no customers' list to show. */
export function AreaPick({ label, filtered, onFilter, onDrill, onClose }: { label: string; filtered: boolean; onFilter(): void; onDrill?: () => void; onClose(): void }) {
  const { t } = useTranslation();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [label]);
  return (
    <div
      className="area-pick"
      role="group"
      aria-label={t('overview.areaPick.label', { area: label })}
      data-testid="area-pick"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault(); // closes this, not every filter
        onClose();
      }}
    >
      <strong>{t('overview.areaPick.label', { area: label })}</strong>
      <button type="button" className="btn small" ref={first} onClick={onFilter}>
        {filtered ? t('overview.areaPick.unfilter') : t('overview.areaPick.filter')}
      </button>
      {onDrill && (
        <button type="button" className="btn small primary" onClick={onDrill} data-testid="area-drill">
          {t('overview.areaPick.drill')}
        </button>
      )}
      <button type="button" className="btn small ghost" onClick={onClose} aria-label={t('common.close')}>
        ×
      </button>
    </div>
  );
}
