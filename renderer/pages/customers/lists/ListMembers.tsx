import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetListInfo } from '../../../../engine/api/customersTypes.js';
import { startJob } from '../../../api/jobs.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatInteger, formatYuan } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useExport } from '../../../state/useExport.js';
import { useQuery } from '../../../state/useQuery.js';
import { Pager } from '../../service/Pager.js';
import { categoryLabel } from '../../service/texts.js';
import { reasonText } from './reasonText.js';
import { CustomerLink } from '../../../components/CustomerLink.js';

const PAGE = 50;

/** A saved list's members with the reason each is on it; export to CSV or Excel as every export is (saved or downloaded). */
export function ListMembers({ list }: { list: TargetListInfo }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [offset, setOffset] = useState(0);
  const page = useQuery('customers.listMembers', { listId: list.listId, offset, limit: PAGE });
  const { start, busy, error, savedTo } = useExport<'csv' | 'xlsx'>();
  const exportAs = useCallback(
    (format: 'csv' | 'xlsx') => void start(format, `${list.name}.${format}`, (target, onProgress) => startJob('customers.exportList', { listId: list.listId, format, language, ...target }, onProgress)),
    [list, language, start],
  );
  return (
    <section className="card stack" aria-labelledby="list-members" data-testid="list-members">
      <div className="row spread wrap">
        <h2 id="list-members">{t('customers.lists.membersTitle', { name: list.name })}</h2>
        <div className="row">
          <button type="button" className="btn small" disabled={busy !== null || list.customers === 0} onClick={() => exportAs('csv')} data-testid="list-export-csv">
            {busy === 'csv' ? t('customers.lists.exporting') : t('customers.lists.exportCsv')}
          </button>
          <button type="button" className="btn small" disabled={busy !== null || list.customers === 0} onClick={() => exportAs('xlsx')} data-testid="list-export-xlsx">
            {busy === 'xlsx' ? t('customers.lists.exporting') : t('customers.lists.exportXlsx')}
          </button>
        </div>
      </div>
      {error && <ErrorNote error={error} />}
      {savedTo && <p className="note ok small">{t('customers.lists.savedTo', { path: savedTo })}</p>}
      {!page.data ? (
        <QueryFallback query={page} />
      ) : (
        <>
          <div className="table-scroll">
            <table className="table" data-testid="list-member-rows">
              <thead>
                <tr>
                  <th scope="col">{t('customers.columns.customer')}</th>
                  <th scope="col">{t('customers.columns.name')}</th>
                  <th scope="col">{t('customers.columns.category')}</th>
                  <th scope="col">{t('customers.columns.area')}</th>
                  <th scope="col" className="num">{t('customers.recs.saving')}</th>
                  <th scope="col">{t('customers.lists.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {page.data.rows.map((r) => (
                  <tr key={r.customerId}>
                    <td>
                      <CustomerLink customerId={r.customerId} />
                    </td>
                    <td>{r.name ?? '—'}</td>
                    <td>{categoryLabel(t, r.category)}</td>
                    <td>{r.areaId ?? '—'}</td>
                    <td className="num">{formatYuan(r.savingYuan, language)}</td>
                    <td>{r.reasons.map((reason) => reasonText(t, language, reason)).join(t('common.listSeparator')) || r.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted small">{t('customers.lists.total', { count: page.data.total, customers: formatInteger(page.data.total, language) })}</p>
          <Pager offset={offset} total={page.data.total} size={PAGE} onChange={setOffset} />
        </>
      )}
    </section>
  );
}
