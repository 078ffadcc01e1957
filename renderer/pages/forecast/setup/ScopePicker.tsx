import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scopeKinds, type ForecastScopeOption, type ScopeKind } from '../../../../engine/api/forecastTypes.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { SelectField } from '../../../components/SelectField.js';
import { formatInteger } from '../../../i18n/format.js';
import { categoryLabel } from '../../../i18n/labels.js';
import { categories, type Category } from '../../../../engine/api/overviewTypes.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { scopeKindLabel } from '../texts.js';

const SEARCH_DELAY_MS = 300;

/** A scope's name as the list shows it: categories in words, the rest as the workspace names them. */
export function scopeOptionLabel(t: TFunction, option: Pick<ForecastScopeOption, 'kind' | 'label' | 'selector'>): string {
  if (option.kind === 'all') return scopeKindLabel(t, 'all');
  if (option.kind === 'category' && categories.includes(option.label as Category)) return categoryLabel(t, option.label as Category);
  return option.label || option.selector.slice(option.selector.indexOf(':') + 1);
}

/**
 * The scope to forecast: a kind, a search, and a list (a native list box, so arrows and typing
 * work) of what matched, each with its meters and how many of them have interval load.
 */
export function ScopePicker({ value, onChange }: { value: ForecastScopeOption | null; onChange(option: ForecastScopeOption | null): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [kind, setKind] = useState<ScopeKind>('area');
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const scopes = useQuery('forecast.scopes', { kind, ...(search ? { search } : {}), limit: 200 }, { kinds: ['customers', 'areas', 'interval', 'daily'] });
  const options = scopes.data?.options ?? [];

  // The first scope of a new list is taken, so that Run works without a click more.
  useEffect(() => {
    if (!scopes.data) return;
    if (!value || !scopes.data.options.some((o) => o.selector === value.selector)) onChange(scopes.data.options[0] ?? null);
  }, [scopes.data, value, onChange]);

  const meterText = (o: ForecastScopeOption) =>
    t('forecast.setup.selected', { meters: formatInteger(o.meters, language), interval: formatInteger(o.intervalMeters, language) });
  return (
    <fieldset className="stack scope-picker">
      <legend>{t('forecast.setup.scope')}</legend>
      <SelectField label={t('forecast.setup.scopeKind')} value={kind} choices={scopeKinds} choiceLabel={(k) => scopeKindLabel(t, k)} onChange={setKind} testId="scope-kind" />
      {kind !== 'all' && (
        <label className="field">
          <span>{t('forecast.setup.search')}</span>
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={t('forecast.setup.searchPlaceholder')} maxLength={100} />
        </label>
      )}
      {scopes.error ? (
        <ErrorNote error={scopes.error} onRetry={scopes.reload} />
      ) : (
        <label className="field">
          <span>{t('forecast.setup.scopeList')}</span>
          <select
            size={kind === 'all' ? 1 : 5}
            value={value?.selector ?? ''}
            onChange={(e) => onChange(options.find((o) => o.selector === e.target.value) ?? null)}
            data-testid="scope-list"
          >
            {options.map((o) => (
              <option key={o.selector} value={o.selector} title={meterText(o)}>
                {scopeOptionLabel(t, o)}
              </option>
            ))}
          </select>
        </label>
      )}
      {value && (
        <p className="small" data-testid="scope-meters">
          {meterText(value)}
        </p>
      )}
      <p className="muted small" aria-live="polite">
        {scopes.loading && !scopes.data
          ? t('common.loading')
          : options.length === 0
            ? t('forecast.setup.noScopes')
            : scopes.data?.more
              ? t('forecast.setup.more')
              : null}
      </p>
      {value && value.intervalMeters === 0 && <p className="note warn small">{t('forecast.setup.noIntervalMeters')}</p>}
    </fieldset>
  );
}
