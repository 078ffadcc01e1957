import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DimensionId, MeasureId, MeasureInfo } from '../../../../engine/api/queryTypes.js';
import { dimensionText, measureText, translate, unitText } from './texts.js';
import type { FieldRules } from './useFields.js';

/**
 * The measures as a searchable list in their groups (consumption, bills, service, ...), each a
 * checkbox with its unit; one that cannot be broken down by a chosen dimension is disabled and
 * says by which.
 */
export function MeasurePicker({ rules, chosen, dimensions, onChange }: {
  rules: FieldRules;
  chosen: MeasureId[];
  dimensions: DimensionId[];
  onChange(measures: MeasureId[]): void;
}) {
  const { t } = useTranslation();
  const words = translate(t);
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const shown = rules.fields.measures.filter((m) => !needle || measureText(words, m.id).toLowerCase().includes(needle) || m.id.includes(needle));
  const groups = [...new Set(shown.map((m) => m.group))];
  const toggle = (m: MeasureInfo, on: boolean) => onChange(on ? [...chosen, m.id] : chosen.filter((id) => id !== m.id));
  return (
    <fieldset className="qb-fieldset" data-testid="qb-measures">
      <legend>{t('queryBuilder.measuresTitle')}</legend>
      <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('queryBuilder.searchMeasures')} aria-label={t('queryBuilder.searchMeasures')} />
      <div className="qb-pick-list">
        {groups.map((group) => (
          <div key={group} role="group" aria-label={t(`queryBuilder.measureGroups.${group}`)}>
            <div className="qb-group muted small">{t(`queryBuilder.measureGroups.${group}`)}</div>
            {shown
              .filter((m) => m.group === group)
              .map((m) => {
                const on = chosen.includes(m.id);
                const conflicts = rules.conflicts(m.id, dimensions);
                const blocked = !on && conflicts.length > 0;
                const why = blocked ? t('queryBuilder.notWith', { dimensions: conflicts.map((d) => dimensionText(words, d)).join(t('common.listSeparator')) }) : m.dated ? undefined : t('queryBuilder.snapshot');
                return (
                  <label key={m.id} className={blocked ? 'qb-check disabled' : 'qb-check'} title={why}>
                    <input type="checkbox" checked={on} disabled={blocked} onChange={(e) => toggle(m, e.target.checked)} data-measure={m.id} />
                    <span>{measureText(words, m.id)}</span>
                    <span className="muted small">{unitText(words, m.unit)}</span>
                  </label>
                );
              })}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
