import { useTranslation } from 'react-i18next';
import type { RiskCustomerRow, RiskSort } from '../../../../engine/api/riskTypes.js';
import { SortHeader } from '../../../components/TableCells.js';
import { formatInteger, formatPercent, formatYuan } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { GradeBadge } from '../GradeBadge.js';
import { reasonText } from '../texts.js';

/** The reasons a row names: the costliest; the profile gives them all. */
const REASONS_SHOWN = 2;

/** One page of the collection list; the engine sorts (every order is largest first but the score's, riskiest first). */
export function CustomerTable({ rows, offset, sort, onSort, selected, onSelect }: {
  rows: RiskCustomerRow[];
  offset: number;
  sort: RiskSort;
  onSort(sort: RiskSort): void;
  selected: string | null;
  onSelect(customerId: string): void;
}) {
  const { t } = useTranslation();
  const { language } = useSession();
  // A low score is the risky end: sorted ascending, the others descending.
  const header = (by: RiskSort, label: string) => (
    <SortHeader label={label} order={sort === by ? (by === 'score' ? 'ascending' : 'descending') : 'none'} onSort={() => onSort(by)} title={t('risk.customers.sortHint')} />
  );
  return (
    <div className="table-scroll risk-customers-scroll">
      <table className="table risk-customers" data-testid="risk-customers">
        <thead>
          <tr>
            <th scope="col" className="num">{t('risk.customers.rank')}</th>
            <th scope="col">{t('risk.customers.customer')}</th>
            <th scope="col">{t('risk.customers.name')}</th>
            <th scope="col">{t('risk.customers.category')}</th>
            <th scope="col">{t('risk.customers.area')}</th>
            <th scope="col">{t('risk.customers.grade')}</th>
            {header('score', t('risk.customers.score'))}
            {header('probability', t('risk.customers.probability'))}
            {header('outstanding', t('risk.customers.outstanding'))}
            {header('expectedLoss', t('risk.customers.expectedLoss'))}
            <th scope="col">{t('risk.customers.reasons')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const reasons = r.reasons.slice(0, REASONS_SHOWN).map((reason) => reasonText(t, reason, language));
            return (
              <tr key={r.customerId} className={r.customerId === selected ? 'chosen' : undefined} data-customer={r.customerId}>
                <td className="num">{formatInteger(offset + i + 1, language)}</td>
                <td>
                  <button type="button" className="btn ghost small link mono" onClick={() => onSelect(r.customerId)} aria-label={t('risk.customers.showProfile', { customer: r.customerId })}>
                    {r.customerId}
                  </button>
                </td>
                <td>{r.customerName ?? '—'}</td>
                <td>{r.category ? t(`values.customers.category.${r.category as 'residential'}`, { defaultValue: r.category }) : '—'}</td>
                <td>{r.areaId ?? '—'}</td>
                <td>
                  <GradeBadge grade={r.grade} adjusted={r.adjustedGrade} />
                </td>
                <td className="num strong">{formatInteger(r.score, language)}</td>
                <td className="num">{formatPercent(r.probability, language, 1)}</td>
                <td className="num">{formatYuan(r.outstandingYuan, language)}</td>
                <td className="num strong">{formatYuan(r.expectedLossYuan, language)}</td>
                <td className="reasons-cell" title={reasons.join('\n')}>
                  {reasons.join(' · ') || '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
