import { useTranslation } from 'react-i18next';
import type { EvidenceBill } from '../../engine/api/casesTypes.js';
import { formatDayShort, formatDecimal, formatInteger, formatMonth } from '../i18n/format.js';
import { useSession } from '../state/session.js';

/** A bill as the tables show it: the case evidence's and the customer 360's are both this shape. */
export type BillRow = Pick<EvidenceBill, 'month' | 'kwh' | 'billedYuan' | 'paidYuan' | 'paidDay' | 'channel' | 'arrearsYuan'>;

/**
 * A customer's bills and payments, newest first: energy billed, amounts, when and how paid,
 * arrears (a bill still owing is marked). The Theft case page and the Customer 360 show it.
 */
export function BillsTable({ bills, testId }: { bills: readonly BillRow[]; testId: string }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const rows = [...bills].sort((a, b) => b.month.localeCompare(a.month));
  const yuan = (v: number) => formatDecimal(v, language, 2);
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
            <th scope="col">{t('bills.paidDay')}</th>
            <th scope="col">{t('bills.channel')}</th>
            <th scope="col" className="num">{t('bills.arrears')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((b) => (
            <tr key={b.month} className={b.arrearsYuan > 0 ? 'has-problem' : undefined}>
              <td>{formatMonth(b.month, language)}</td>
              <td className="num">{formatInteger(b.kwh, language)}</td>
              <td className="num">{yuan(b.billedYuan)}</td>
              <td className="num">{yuan(b.paidYuan)}</td>
              <td>{formatDayShort(b.paidDay)}</td>
              <td>{b.channel ? t(`values.bills.channel.${b.channel}`, { defaultValue: b.channel }) : '—'}</td>
              <td className="num">{yuan(b.arrearsYuan)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
