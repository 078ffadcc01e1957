import { useTranslation } from 'react-i18next';
import type { EvidenceBill } from '../../engine/api/casesTypes.js';
import type { RiskBillRow } from '../../engine/api/riskTypes.js';
import { formatDayShort, formatDecimal, formatInteger, formatMonth } from '../i18n/format.js';
import { useSession } from '../state/session.js';

/** A bill as the tables show it: the case evidence's and the customer 360's; the risk profile's adds lateness. */
export type BillRow = Pick<EvidenceBill, 'month' | 'kwh' | 'billedYuan' | 'paidYuan' | 'paidDay' | 'channel' | 'arrearsYuan'> &
  Partial<Pick<RiskBillRow, 'dueDay' | 'daysLate' | 'lateFeeYuan'>>;

/** What the lateness columns mark: paid after the due day, or still unpaid. */
export function lateness(bill: Pick<BillRow, 'daysLate' | 'paidDay' | 'arrearsYuan'>): 'late' | 'unpaid' | null {
  if (bill.daysLate != null && bill.daysLate > 0) return 'late';
  if (bill.paidDay === null && bill.arrearsYuan > 0) return 'unpaid';
  return null;
}

/**
 * A customer's bills and payments, newest first: energy billed, amounts, when and how paid,
 * arrears (a bill still owing is marked). The Theft case page and the Customer 360 show it;
 * the Arrears Risk profile asks for `lateness` too: the due day, days late (highlighted) and late fees.
 */
export function BillsTable({ bills, testId, withLateness = false }: { bills: readonly BillRow[]; testId: string; withLateness?: boolean }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const rows = [...bills].sort((a, b) => b.month.localeCompare(a.month));
  const yuan = (v: number | undefined) => formatDecimal(v ?? null, language, 2);
  if (rows.length === 0) return <p className="muted">{t('bills.none')}</p>;
  return (
    <div className="table-scroll bills-scroll">
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('bills.month')}</th>
            <th scope="col" className="num">{t('bills.kwh')}</th>
            <th scope="col" className="num">{t('bills.billed')}</th>
            <th scope="col" className="num">{t('bills.paid')}</th>
            {withLateness && <th scope="col">{t('bills.dueDay')}</th>}
            <th scope="col">{t('bills.paidDay')}</th>
            {withLateness && <th scope="col" className="num">{t('bills.daysLate')}</th>}
            <th scope="col">{t('bills.channel')}</th>
            <th scope="col" className="num">{t('bills.arrears')}</th>
            {withLateness && <th scope="col" className="num">{t('bills.lateFee')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((b) => {
            const late = withLateness ? lateness(b) : null;
            const marked = withLateness ? late !== null : b.arrearsYuan > 0;
            return (
              <tr key={b.month} className={marked ? 'has-problem' : undefined} data-late={late ?? undefined}>
                <td>{formatMonth(b.month, language)}</td>
                <td className="num">{formatInteger(b.kwh, language)}</td>
                <td className="num">{yuan(b.billedYuan)}</td>
                <td className="num">{yuan(b.paidYuan)}</td>
                {withLateness && <td>{formatDayShort(b.dueDay)}</td>}
                <td>{b.paidDay || !withLateness ? formatDayShort(b.paidDay) : <span className={late === 'unpaid' ? 'warn' : 'muted'}>{t('bills.unpaid')}</span>}</td>
                {withLateness && <td className={late === 'late' ? 'num warn strong' : 'num'}>{formatInteger(b.daysLate, language)}</td>}
                <td>{b.channel ? t(`values.bills.channel.${b.channel}`, { defaultValue: b.channel }) : '—'}</td>
                <td className={withLateness && b.arrearsYuan > 0 ? 'num warn' : 'num'}>{yuan(b.arrearsYuan)}</td>
                {withLateness && <td className="num">{yuan(b.lateFeeYuan)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
