import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStatuses, type CaseStatus } from '../../../../engine/api/casesTypes.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { SelectField } from '../../../components/SelectField.js';
import { formatDateTime, formatInteger } from '../../../i18n/format.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { formatScore, statusLabel } from '../texts.js';

const LIMIT = 500;

/** The cases, newest change first, filtered by status and assignee; a case number opens it. */
export function CaseList() {
  const { t } = useTranslation();
  const { language } = useSession();
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [assignee, setAssignee] = useState('');
  const who = useDeferredValue(assignee.trim());
  const list = useQuery('cases.list', { ...(status ? { status: [status] } : {}), ...(who ? { assignee: who } : {}), limit: LIMIT });
  return (
    <section className="card stack" aria-labelledby="theft-cases-title">
      <div className="row spread wrap">
        <h2 id="theft-cases-title">{t('theft.cases.title')}</h2>
        {list.data && <span className="muted small">{t('theft.cases.count', { count: list.data.total, formatted: formatInteger(list.data.total, language) })}</span>}
      </div>
      <div className="row wrap" role="search">
        <SelectField
          inline
          label={t('theft.cases.status')}
          value={status}
          choices={['', ...caseStatuses]}
          choiceLabel={(s) => (s ? statusLabel(t, s) : t('theft.filters.all'))}
          onChange={setStatus}
          testId="case-status-filter"
        />
        <label className="field inline">
          <span>{t('theft.cases.assignee')}</span>
          <input value={assignee} onChange={(e) => setAssignee(e.target.value)} />
        </label>
      </div>
      {!list.data ? (
        <QueryFallback query={list} />
      ) : list.data.rows.length === 0 ? (
        <EmptyState title={t('theft.cases.noneTitle')}>{t('theft.cases.noneText')}</EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="cases-table">
            <thead>
              <tr>
                <th scope="col">{t('theft.cases.case')}</th>
                <th scope="col">{t('theft.suspects.customer')}</th>
                <th scope="col">{t('theft.suspects.area')}</th>
                <th scope="col">{t('theft.cases.status')}</th>
                <th scope="col">{t('theft.cases.assignee')}</th>
                <th scope="col" className="num">{t('theft.suspects.score')}</th>
                <th scope="col" className="num">{t('theft.cases.backKwh')}</th>
                <th scope="col" className="num">{t('theft.cases.backYuan')}</th>
                <th scope="col">{t('theft.cases.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.rows.map((c) => (
                <tr key={c.caseId} data-case-id={c.caseId}>
                  <td>
                    <button type="button" className="btn ghost small link" onClick={() => navigate('theft', 'cases', String(c.caseId))}>
                      {t('theft.cases.caseNumber', { caseId: c.caseId })}
                    </button>
                  </td>
                  <td className="mono">{c.customerId}</td>
                  <td>{c.areaId ?? '—'}</td>
                  <td>
                    <span className={`badge status-${c.status}`}>{statusLabel(t, c.status)}</span>
                  </td>
                  <td>{c.assignee ?? '—'}</td>
                  <td className="num">{formatScore(c.score, language)}</td>
                  <td className="num">{formatInteger(c.backKwh, language)}</td>
                  <td className="num">{formatInteger(c.backYuan, language)}</td>
                  <td>{formatDateTime(c.updatedAt, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
