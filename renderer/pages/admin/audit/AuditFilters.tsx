import { useTranslation } from 'react-i18next';
import { auditActions, type AuditAction } from '../../../../engine/api/auditTypes.js';
import { SelectField } from '../../../components/SelectField.js';

export interface AuditFilterValues {
  actions?: AuditAction[];
  actor?: string;
  subject?: string;
  from?: string;
  to?: string;
}

export const noFilter: AuditFilterValues = {};

const ALL = '';

/** The audit log's filters: one action or all, one person or anyone, text in the subject, a span of days. */
export function AuditFilters({ value, actors, onChange }: { value: AuditFilterValues; actors: readonly string[]; onChange(next: AuditFilterValues): void }) {
  const { t } = useTranslation();
  const set = (key: keyof AuditFilterValues, next: string | AuditAction[] | undefined) => {
    const copy: AuditFilterValues = { ...value };
    if (next === undefined || next === '' || (Array.isArray(next) && next.length === 0)) delete copy[key];
    else Object.assign(copy, { [key]: next });
    onChange(Object.keys(copy).length === 0 ? noFilter : copy);
  };
  return (
    <div className="row wrap audit-filters" role="group" aria-label={t('audit.export.filters')}>
      <SelectField
        inline
        label={t('audit.filters.actions')}
        value={value.actions?.[0] ?? ALL}
        choices={[ALL, ...auditActions]}
        choiceLabel={(a) => (a === ALL ? t('audit.filters.allActions') : t(`audit.actions.${a}`))}
        onChange={(a) => set('actions', a === ALL ? undefined : [a as AuditAction])}
        testId="audit-filter-action"
      />
      <SelectField
        inline
        label={t('audit.filters.actor')}
        value={value.actor ?? ALL}
        choices={[ALL, ...actors]}
        choiceLabel={(a) => (a === ALL ? t('audit.filters.anyone') : a)}
        onChange={(a) => set('actor', a)}
        testId="audit-filter-actor"
      />
      <label className="field inline">
        <span>{t('audit.filters.subject')}</span>
        <input type="search" value={value.subject ?? ''} maxLength={200} onChange={(e) => set('subject', e.target.value.trim())} data-testid="audit-filter-subject" />
      </label>
      <label className="field inline">
        <span>{t('audit.filters.from')}</span>
        <input type="date" value={value.from ?? ''} onChange={(e) => set('from', e.target.value)} data-testid="audit-filter-from" />
      </label>
      <label className="field inline">
        <span>{t('audit.filters.to')}</span>
        <input type="date" value={value.to ?? ''} onChange={(e) => set('to', e.target.value)} data-testid="audit-filter-to" />
      </label>
      {value !== noFilter && (
        <button type="button" className="btn small ghost" onClick={() => onChange(noFilter)}>
          {t('audit.filters.clear')}
        </button>
      )}
    </div>
  );
}
