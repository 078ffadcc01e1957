import { useTranslation } from 'react-i18next';
import { categories, type Category } from '../../../../engine/api/overviewTypes.js';
import { riskGrades } from '../../../../engine/api/riskTypes.js';
import { SelectField } from '../../../components/SelectField.js';
import { featureLabel } from '../texts.js';
import { minProbabilityOf, type CustomerFilter } from './filters.js';

/** Customer number, grades, area, category, industry, reason and minimum probability. */
export function CustomerFilters({ value, onChange, reasons }: { value: CustomerFilter; onChange(filter: CustomerFilter): void; reasons: string[] }) {
  const { t } = useTranslation();
  const set = (part: Partial<CustomerFilter>) => onChange({ ...value, ...part });
  return (
    <div className="stack compact" role="search">
      <div className="row wrap">
        <label className="field inline">
          <span>{t('risk.filters.search')}</span>
          <input type="search" value={value.search} onChange={(e) => set({ search: e.target.value })} placeholder={t('risk.filters.searchHint')} data-testid="risk-search" />
        </label>
        <fieldset className="row grade-picks plain-fieldset">
          <legend className="field-legend">{t('risk.filters.grades')}</legend>
          {riskGrades.map((g) => (
            <label key={g} className={`grade-pick grade-${g}`}>
              <input
                type="checkbox"
                checked={value.grades.includes(g)}
                onChange={(e) => set({ grades: e.target.checked ? [...value.grades, g].sort() : value.grades.filter((x) => x !== g) })}
                data-testid={`risk-grade-${g}`}
              />
              {g}
            </label>
          ))}
        </fieldset>
        <label className="field inline">
          <span>{t('risk.filters.minProbability')}</span>
          <input
            type="number"
            min={0}
            max={100}
            step={5}
            className="narrow-input"
            value={value.minProbability}
            onChange={(e) => set({ minProbability: e.target.value })}
            aria-invalid={value.minProbability !== '' && minProbabilityOf(value.minProbability) === undefined}
            data-testid="risk-min-probability"
          />
          <span className="muted">%</span>
        </label>
      </div>
      <div className="row wrap">
        <label className="field inline narrow">
          <span>{t('risk.filters.area')}</span>
          <input value={value.areaId} onChange={(e) => set({ areaId: e.target.value })} />
        </label>
        <SelectField
          inline
          label={t('risk.filters.category')}
          value={value.category}
          choices={['', ...categories]}
          choiceLabel={(c) => (c ? t(`values.customers.category.${c as Category}`) : t('risk.filters.all'))}
          onChange={(category) => set({ category })}
        />
        <label className="field inline narrow">
          <span>{t('risk.filters.industry')}</span>
          <input value={value.industry} onChange={(e) => set({ industry: e.target.value })} />
        </label>
        <SelectField
          inline
          label={t('risk.filters.reason')}
          value={value.reason}
          choices={['', ...reasons]}
          choiceLabel={(r) => (r ? featureLabel(t, r) : t('risk.filters.all'))}
          onChange={(reason) => set({ reason })}
          testId="risk-reason"
        />
      </div>
    </div>
  );
}
