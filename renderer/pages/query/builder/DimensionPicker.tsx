import { useTranslation } from 'react-i18next';
import type { DimensionId, MeasureId } from '../../../../engine/api/queryTypes.js';
import { dimensionText, translate } from './texts.js';
import type { FieldRules } from './useFields.js';

/** Most dimensions a query groups by (the API's limit). */
const MAX_DIMENSIONS = 4;

/**
 * The grouping dimensions as chips in their order (the first leads the rows), each removable,
 * and a list to add one: only those every chosen measure can be broken down by.
 */
export function DimensionPicker({ rules, measures, chosen, onChange }: {
  rules: FieldRules;
  measures: MeasureId[];
  chosen: DimensionId[];
  onChange(dimensions: DimensionId[]): void;
}) {
  const { t } = useTranslation();
  const words = translate(t);
  const allowed = rules.allowed(measures);
  const addable = rules.fields.dimensions.filter((d) => !chosen.includes(d.id));
  return (
    <fieldset className="qb-fieldset" data-testid="qb-dimensions">
      <legend>{t('queryBuilder.dimensionsTitle')}</legend>
      <div className="chips">
        {chosen.map((d) => (
          <span key={d} className="chip" data-dimension={d}>
            <span className="chip-text">{dimensionText(words, d)}</span>
            <button type="button" className="chip-remove" onClick={() => onChange(chosen.filter((x) => x !== d))} aria-label={t('queryBuilder.removeDimension', { name: dimensionText(words, d) })}>
              ×
            </button>
          </span>
        ))}
      </div>
      {chosen.length < MAX_DIMENSIONS && (
        <select
          value=""
          onChange={(e) => e.target.value && onChange([...chosen, e.target.value as DimensionId])}
          aria-label={t('queryBuilder.addDimension')}
          data-testid="qb-add-dimension"
        >
          <option value="">{t('queryBuilder.addDimension')}</option>
          {addable.map((d) => (
            <option key={d.id} value={d.id} disabled={!allowed.has(d.id)}>
              {dimensionText(words, d.id)}
            </option>
          ))}
        </select>
      )}
    </fieldset>
  );
}
