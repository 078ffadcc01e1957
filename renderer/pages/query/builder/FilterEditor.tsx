import { useTranslation } from 'react-i18next';
import type { DimensionId, MeasureId, QueryFilter } from '../../../../engine/api/queryTypes.js';
import { dimensionText, translate } from './texts.js';
import type { FieldRules } from './useFields.js';
import { ValuePicker } from './ValuePicker.js';

/**
 * Filters on dimensions other than the calendar's (months are the period's): add one from the
 * dimensions every measure allows, pick its values, remove it. A filter without values yet does
 * not filter (the spec carries only those with values).
 */
export function FilterEditor({ rules, measures, filters, onChange }: {
  rules: FieldRules;
  measures: MeasureId[];
  filters: { dimension: DimensionId; values: string[] }[];
  onChange(filters: { dimension: DimensionId; values: string[] }[]): void;
}) {
  const { t } = useTranslation();
  const words = translate(t);
  const allowed = rules.allowed(measures);
  const addable = rules.fields.dimensions.filter((d) => !d.time && !filters.some((f) => f.dimension === d.id));
  const set = (dimension: DimensionId, values: string[]) => onChange(filters.map((f) => (f.dimension === dimension ? { dimension, values } : f)));
  return (
    <fieldset className="qb-fieldset" data-testid="qb-filters">
      <legend>{t('queryBuilder.filtersTitle')}</legend>
      {filters.map((f) => (
        <details key={f.dimension} className="qb-filter" open={f.values.length === 0} data-filter={f.dimension}>
          <summary>
            <span>{dimensionText(words, f.dimension)}</span>
            <span className="muted small">{t('queryBuilder.valuesChosen', { count: f.values.length })}</span>
            <button type="button" className="chip-remove" onClick={() => onChange(filters.filter((x) => x.dimension !== f.dimension))} aria-label={t('queryBuilder.removeFilter', { name: dimensionText(words, f.dimension) })}>
              ×
            </button>
          </summary>
          <ValuePicker dimension={f.dimension} chosen={f.values} onChange={(values) => set(f.dimension, values)} />
        </details>
      ))}
      <select value="" onChange={(e) => e.target.value && onChange([...filters, { dimension: e.target.value as DimensionId, values: [] }])} aria-label={t('queryBuilder.addFilter')} data-testid="qb-add-filter">
        <option value="">{t('queryBuilder.addFilter')}</option>
        {addable.map((d) => (
          <option key={d.id} value={d.id} disabled={!allowed.has(d.id)}>
            {dimensionText(words, d.id)}
          </option>
        ))}
      </select>
    </fieldset>
  );
}

/** The filters a spec carries: those with values. */
export const specFilters = (filters: { dimension: DimensionId; values: string[] }[]): QueryFilter[] => filters.filter((f) => f.values.length > 0);
