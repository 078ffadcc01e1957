import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { useQuery } from '../../../state/useQuery.js';
import { AuditExport } from './AuditExport.js';
import { AuditFilters, noFilter, type AuditFilterValues } from './AuditFilters.js';
import { AuditTable } from './AuditTable.js';
import { AuditVerify } from './AuditVerify.js';

const PAGE = 50;

/**
 * Administration › Audit log: who did what, newest first, filtered by action, person, subject and
 * days; the chain of hashes checked on demand; the entries shown exported to Excel.
 */
export function AuditTab() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilterValues>(noFilter);
  const [offset, setOffset] = useState(0);
  const page = useQuery('audit.list', { ...filter, offset, limit: PAGE }, { kinds: 'any' });
  const actors = useQuery('audit.actors', {}, { kinds: 'any' });
  const refilter = (next: AuditFilterValues) => {
    setFilter(next);
    setOffset(0);
  };
  return (
    <div className="stack audit-tab" data-testid="audit-tab">
      <p className="muted small">{t('audit.note')}</p>
      <div className="row wrap">
        <AuditVerify />
        <AuditExport filter={filter} />
        <button type="button" className="btn small ghost" onClick={() => (page.reload(), actors.reload())} data-testid="audit-refresh">
          {t('audit.refresh')}
        </button>
      </div>
      <AuditFilters value={filter} actors={actors.data ?? []} onChange={refilter} />
      {page.error ? (
        <ErrorNote error={page.error} onRetry={page.reload} />
      ) : !page.data ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <AuditTable page={page.data} filtered={filter !== noFilter} offset={offset} pageSize={PAGE} onPage={setOffset} />
      )}
    </div>
  );
}
