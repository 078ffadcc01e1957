import { useTranslation } from 'react-i18next';

export interface Period {
  from: string;
  to: string;
}

/** The months a query counts ('YYYY-MM' from and to; both empty: every month). */
export function PeriodPicker({ value, onChange }: { value: Period; onChange(period: Period): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="qb-fieldset" data-testid="qb-period">
      <legend>{t('queryBuilder.period')}</legend>
      <div className="row wrap">
        <label className="field inline">
          <span>{t('queryBuilder.from')}</span>
          <input type="month" value={value.from} max={value.to || undefined} onChange={(e) => onChange({ ...value, from: e.target.value })} data-testid="qb-period-from" />
        </label>
        <label className="field inline">
          <span>{t('queryBuilder.to')}</span>
          <input type="month" value={value.to} min={value.from || undefined} onChange={(e) => onChange({ ...value, to: e.target.value })} data-testid="qb-period-to" />
        </label>
        {(value.from || value.to) && (
          <button type="button" className="btn ghost small" onClick={() => onChange({ from: '', to: '' })}>
            {t('queryBuilder.allPeriod')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
