import { useTranslation } from 'react-i18next';
import type { TargetListFilters } from '../../../../engine/api/customersTypes.js';
import { riskGrades } from '../../../../engine/api/riskModelTypes.js';
import { clusterNames } from '../../../../engine/api/segmentsTypes.js';
import { serviceTagKinds } from '../../../../engine/api/serviceTypes.js';
import { tagName } from '../../service/texts.js';
import { segmentName } from '../segments/segmentName.js';

/** Adds or removes one value of a list filter; an empty list is no filter. */
export function toggled<V extends string>(list: V[] | undefined, value: V): V[] | undefined {
  const next = list?.includes(value) ? list.filter((v) => v !== value) : [...(list ?? []), value];
  return next.length > 0 ? next : undefined;
}

/** What a target list is drawn with: tags, load-shape segments, risk grades (any of each), least saving. */
export function ListFilters({ value, onChange, minSaving, onMinSaving }: { value: TargetListFilters; onChange(next: TargetListFilters): void; minSaving: string; onMinSaving(text: string): void }) {
  const { t } = useTranslation();
  const group = <V extends string>(legend: string, key: 'tags' | 'segments' | 'riskGrades', values: readonly V[], label: (v: V) => string) => (
    <fieldset className="check-group">
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v} className="check">
          <input type="checkbox" checked={(value[key] as string[] | undefined)?.includes(v) ?? false} onChange={() => onChange({ ...value, [key]: toggled(value[key] as V[] | undefined, v) })} data-filter={`${key}:${v}`} />
          <span>{label(v)}</span>
        </label>
      ))}
    </fieldset>
  );
  return (
    <div className="stack compact list-filters">
      {group(t('customers.lists.tags'), 'tags', serviceTagKinds, (v) => tagName(t, v))}
      {group(t('customers.lists.segments'), 'segments', clusterNames, (v) => segmentName(t, v))}
      {group(t('customers.lists.grades'), 'riskGrades', riskGrades, (v) => t('risk.grade', { grade: v }))}
      <label className="field inline narrow">
        <span>{t('customers.lists.minSaving')}</span>
        <input type="number" value={minSaving} onChange={(e) => onMinSaving(e.target.value)} data-testid="list-min-saving" />
      </label>
    </div>
  );
}
