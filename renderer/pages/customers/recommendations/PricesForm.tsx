import { useTranslation } from 'react-i18next';
import type { PricesText } from './prices.js';

/** Peak, flat and valley prices with their hours, and the share of peak energy moved in the shift scenario. */
export function PricesForm({ value, onChange, valid }: { value: PricesText; onChange(next: PricesText): void; valid: boolean }) {
  const { t } = useTranslation();
  const field = (key: keyof PricesText, label: string, wide = false) => (
    <label className={wide ? 'field inline' : 'field inline narrow'}>
      <span>{label}</span>
      <input type="text" inputMode={wide ? 'text' : 'decimal'} value={value[key]} onChange={(e) => onChange({ ...value, [key]: e.target.value })} placeholder={wide ? '' : t('customers.recs.fromTariff')} data-testid={`price-${key}`} aria-invalid={!valid} />
    </label>
  );
  return (
    <div className="stack compact">
      <div className="row wrap">
        {field('peak', t('customers.recs.peak'))}
        {field('flat', t('customers.recs.flat'))}
        {field('valley', t('customers.recs.valley'))}
        {field('peakHours', t('customers.recs.peakHours'), true)}
        {field('valleyHours', t('customers.recs.valleyHours'), true)}
        {field('shiftShare', t('customers.recs.shiftShare'))}
      </div>
      <p className={valid ? 'muted small' : 'note error small'}>{valid ? t('customers.recs.pricesHint') : t('customers.recs.pricesInvalid')}</p>
    </div>
  );
}
