import { useTranslation } from 'react-i18next';
import type { RiskBillRow } from '../../../../engine/api/riskTypes.js';
import { formatDayShort, formatInteger, formatMonth, formatYuan } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';

/** Days late the table marks: paid after the due day, or still unpaid. */
export function lateness(bill: Pick<RiskBillRow, 'daysLate' | 'paidDay' | 'arrearsYuan'>): 'late' | 'unpaid' | null {
  if (bill.daysLate !== null && bill.daysLate > 0) return 'late';
  if (bill.paidDay === null && bill.arrearsYuan > 0) return 'unpaid';
  return null;
}

/** The customer's bills and payments, newest first, days late highlighted. */
export function RiskBillsTable({ bills }: { bills: RiskBillRow[] }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const rows = [...bills].sort((a, b) => b.month.localeCompare(a.month));
  return (
    <section className="card" aria-labelledby="risk-bills">
      <h3 id="risk-bills">{t('risk.profile.bills')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('risk.profile.noBills')}</p>
      ) : (
        <div className="table-scroll risk-bills-scroll">
          <table className="table" data-testid="risk-bills">
            <thead>
              <tr>
                <th scope="col">{t('risk.bills.month')}</th>
                <th scope="col" className="num">{t('risk.bills.kwh')}</th>
                <th scope="col" className="num">{t('risk.bills.billed')}</th>
                <th scope="col" className="num">{t('risk.bills.paid')}</th>
                <th scope="col">{t('risk.bills.due')}</th>
                <th scope="col">{t('risk.bills.paidDay')}</th>
                <th scope="col" className="num">{t('risk.bills.daysLate')}</th>
                <th scope="col">{t('risk.bills.channel')}</th>
                <th scope="col" className="num">{t('risk.bills.arrears')}</th>
                <th scope="col" className="num">{t('risk.bills.lateFee')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => {
                const late = lateness(b);
                return (
                  <tr key={b.month} className={late ?? undefined} data-late={late ?? undefined}>
                    <td>{formatMonth(b.month, language)}</td>
                    <td className="num">{formatInteger(b.kwh, language)}</td>
                    <td className="num">{formatYuan(b.billedYuan, language)}</td>
                    <td className="num">{formatYuan(b.paidYuan, language)}</td>
                    <td>{formatDayShort(b.dueDay)}</td>
                    <td>{b.paidDay ? formatDayShort(b.paidDay) : <span className={late === 'unpaid' ? 'warn' : 'muted'}>{t('risk.bills.unpaid')}</span>}</td>
                    <td className={late === 'late' ? 'num warn strong' : 'num'}>{b.daysLate === null ? '—' : formatInteger(b.daysLate, language)}</td>
                    <td>{b.channel ?? '—'}</td>
                    <td className={b.arrearsYuan > 0 ? 'num warn' : 'num'}>{formatYuan(b.arrearsYuan, language)}</td>
                    <td className="num">{formatYuan(b.lateFeeYuan, language)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
