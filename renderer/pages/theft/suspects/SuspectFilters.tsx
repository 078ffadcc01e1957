import { useTranslation } from 'react-i18next';
import { categories, type Category } from '../../../../engine/api/overviewTypes.js';
import { SelectField } from '../../../components/SelectField.js';
import { indicatorLabel, INDICATOR_CODES } from '../texts.js';

export interface SuspectFilter {
  search: string;
  /** '' for every one. */
  category: string;
  areaId: string;
  reason: string;
  /** '' or a score in [0, 1] as typed. */
  minScore: string;
}

export const noFilter: SuspectFilter = { search: '', category: '', areaId: '', reason: '', minScore: '' };

/** A minimum score as typed, when it is one. */
export function minScoreOf(text: string): number | undefined {
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 1 ? value : undefined;
}

/** Customer number, category, transformer area, reason and minimum score. */
export function SuspectFilters({ value, onChange }: { value: SuspectFilter; onChange(filter: SuspectFilter): void }) {
  const { t } = useTranslation();
  const set = (part: Partial<SuspectFilter>) => onChange({ ...value, ...part });
  return (
    <div className="row wrap suspect-filters" role="search">
      <label className="field inline">
        <span>{t('theft.filters.search')}</span>
        <input type="search" value={value.search} onChange={(e) => set({ search: e.target.value })} placeholder={t('theft.filters.searchHint')} data-testid="suspect-search" />
      </label>
      <SelectField
        inline
        label={t('theft.filters.category')}
        value={value.category}
        choices={['', ...categories]}
        choiceLabel={(c) => (c ? t(`values.customers.category.${c as Category}`) : t('theft.filters.all'))}
        onChange={(category) => set({ category })}
      />
      <label className="field inline narrow">
        <span>{t('theft.filters.area')}</span>
        <input value={value.areaId} onChange={(e) => set({ areaId: e.target.value })} placeholder={t('theft.filters.areaHint')} />
      </label>
      <SelectField
        inline
        label={t('theft.filters.reason')}
        value={value.reason}
        choices={['', ...INDICATOR_CODES]}
        choiceLabel={(c) => (c ? indicatorLabel(t, c) : t('theft.filters.all'))}
        onChange={(reason) => set({ reason })}
        testId="suspect-reason"
      />
      <label className="field inline narrow">
        <span>{t('theft.filters.minScore')}</span>
        <input
          type="number"
          min={0}
          max={1}
          step={0.05}
          value={value.minScore}
          onChange={(e) => set({ minScore: e.target.value })}
          aria-invalid={value.minScore !== '' && minScoreOf(value.minScore) === undefined}
        />
      </label>
    </div>
  );
}
