import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatDecimal, formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { Pager } from '../../service/Pager.js';
import { CustomerLink } from '../../../components/CustomerLink.js';

const PAGE = 25;

/** A cluster's customers, the most typical (nearest the centroid) first, each opening its 360. */
export function ClusterCustomers({ runId, category, cluster }: { runId: number; category: string | null; cluster: number }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [offset, setOffset] = useState(0);
  const page = useQuery('segments.customers', { runId, category, cluster, offset, limit: PAGE });
  if (!page.data) return <QueryFallback query={page} />;
  return (
    <div className="stack" data-testid="cluster-customers">
      <h3>{t('customers.segments.members', { cluster, count: page.data.total, customers: formatInteger(page.data.total, language) })}</h3>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('customers.columns.customer')}</th>
              <th scope="col" className="num">{t('customers.segments.distance')}</th>
            </tr>
          </thead>
          <tbody>
            {page.data.rows.map((r) => (
              <tr key={r.customerId}>
                <td>
                  <CustomerLink customerId={r.customerId} />
                </td>
                <td className="num">{formatDecimal(r.distance, language, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager offset={offset} total={page.data.total} size={PAGE} onChange={setOffset} />
    </div>
  );
}
