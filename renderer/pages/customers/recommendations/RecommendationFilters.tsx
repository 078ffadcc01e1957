import { useTranslation } from 'react-i18next';
import { categories } from '../../../../engine/api/overviewTypes.js';
import { clusterNames } from '../../../../engine/api/segmentsTypes.js';
import { serviceTagKinds } from '../../../../engine/api/serviceTypes.js';
import { categoryLabel, tagName } from '../../service/texts.js';
import { segmentName } from '../segments/segmentName.js';

export interface RecommendationFilter {
  category?: string;
  segment?: string;
  tag?: string;
}

/** Narrow the recommendations to a usage category, a load-shape segment or a sensitive tag. */
export function RecommendationFilters({ value, onChange }: { value: RecommendationFilter; onChange(next: RecommendationFilter): void }) {
  const { t } = useTranslation();
  const select = (key: keyof RecommendationFilter, label: string, choices: readonly string[], words: (v: string) => string) => (
    <label className="field inline">
      <span>{label}</span>
      <select
        value={value[key] ?? ''}
        onChange={(e) => {
          const { [key]: _dropped, ...rest } = value;
          onChange(e.target.value ? { ...rest, [key]: e.target.value } : rest);
        }}
        data-testid={`recs-${key}`}
      >
        <option value="">{t('service.all')}</option>
        {choices.map((c) => (
          <option key={c} value={c}>
            {words(c)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="row wrap" role="group" aria-label={t('customers.recs.filters')}>
      {select('category', t('customers.columns.category'), categories, (c) => categoryLabel(t, c))}
      {select('segment', t('customers.columns.segment'), clusterNames, (c) => segmentName(t, c))}
      {select('tag', t('customers.columns.tags'), serviceTagKinds, (c) => tagName(t, c))}
    </div>
  );
}
