import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DimensionId } from '../../../../engine/api/queryTypes.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { useQuery } from '../../../state/useQuery.js';
import { translate, valueText } from './texts.js';

/** A filter's values: the dimension's values in the workspace (query.values), searched, as checkboxes. */
export function ValuePicker({ dimension, chosen, onChange }: { dimension: DimensionId; chosen: string[]; onChange(values: string[]): void }) {
  const { t } = useTranslation();
  const words = translate(t);
  const [search, setSearch] = useState('');
  const values = useQuery('query.values', { dimension, ...(search.trim() ? { search: search.trim() } : {}), limit: 200 }, { kinds: 'any' });
  return (
    <div className="stack compact">
      <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('queryBuilder.searchValues')} aria-label={t('queryBuilder.searchValues')} />
      {!values.data && <QueryFallback query={values} />}
      {values.data?.length === 0 && <p className="muted small">{t('queryBuilder.noValues')}</p>}
      <div className="qb-pick-list short">
        {values.data?.map((v) => (
          <label key={v.value} className="qb-check">
            <input
              type="checkbox"
              checked={chosen.includes(v.value)}
              onChange={(e) => onChange(e.target.checked ? [...chosen, v.value] : chosen.filter((x) => x !== v.value))}
              data-value={v.value}
            />
            <span>{valueText(words, dimension, v.value, v.label ? { [dimension]: { [v.value]: v.label } } : {})}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
