import { useTranslation } from 'react-i18next';
import type { AuditDetail, AuditEntry, AuditPage, AuditValue } from '../../../../engine/api/auditTypes.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { formatDateTime, formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';

/** A detail value as text: lists joined, objects as their JSON. */
function valueText(value: AuditValue): string {
  if (value === null) return '—';
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The detail as 'key: value' pairs, the common keys in words. */
function DetailCell({ detail }: { detail: AuditDetail }) {
  const { t } = useTranslation();
  const pairs = Object.entries(detail);
  if (pairs.length === 0) return <span className="muted">—</span>;
  return (
    <span className="audit-detail">
      {pairs.map(([key, value], i) => (
        <span key={key} className={key === 'unmasked' && value === true ? 'warn' : undefined}>
          {i > 0 && '; '}
          {t(`audit.detail.${key}`, { defaultValue: key })}: {typeof value === 'boolean' ? t(value ? 'audit.detail.yes' : 'audit.detail.no') : valueText(value)}
        </span>
      ))}
    </span>
  );
}

/** A page of entries, newest first, with the numbers of the chain and paging. */
export function AuditTable({ page, filtered, offset, pageSize, onPage }: { page: AuditPage; filtered: boolean; offset: number; pageSize: number; onPage(offset: number): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  if (page.total === 0) return <EmptyState title={filtered ? t('audit.emptyFiltered') : t('audit.empty')} />;
  const row = (e: AuditEntry) => (
    <tr key={e.seq} data-testid="audit-row" data-action={e.action}>
      <td className="num">{formatInteger(e.seq, language)}</td>
      <td className="num nowrap" title={e.at}>
        {formatDateTime(e.at, language)}
      </td>
      <td>{e.actor}</td>
      <td>{e.role ? t(`audit.roles.${e.role}`) : '—'}</td>
      <td className="nowrap">{t(`audit.actions.${e.action}`, { defaultValue: e.action })}</td>
      <td className="audit-subject" title={e.subject ?? undefined}>
        {e.subject ?? '—'}
      </td>
      <td>
        <DetailCell detail={e.detail} />
      </td>
    </tr>
  );
  return (
    <div className="stack compact">
      <div className="table-scroll">
        <table className="table compact" aria-label={t('audit.title')} data-testid="audit-table">
          <thead>
            <tr>
              {(['seq', 'at', 'actor', 'role', 'action', 'subject', 'detail'] as const).map((key) => (
                <th key={key} scope="col">
                  {t(`audit.columns.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{page.entries.map(row)}</tbody>
        </table>
      </div>
      <div className="row">
        <span className="muted small" data-testid="audit-total">
          {t('audit.total', { count: page.total })}
        </span>
        <button type="button" className="btn small ghost" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - pageSize))}>
          {t('common.previous')}
        </button>
        <button type="button" className="btn small ghost" disabled={offset + pageSize >= page.total} onClick={() => onPage(offset + pageSize)}>
          {t('common.next')}
        </button>
      </div>
    </div>
  );
}
