import { useTranslation } from 'react-i18next';
import type { EvidenceBill } from '../../../../engine/api/casesTypes.js';
import { formatDayShort, formatDecimal, formatInteger, formatMonth } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';

/** The customer's bills and payments, newest first: energy billed, amounts, when and how paid, arrears. */
export function BillsTable({ bills }: { bills: EvidenceBill[] }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const rows = [...bills].sort((a, b) => b.month.localeCompare(a.month));
  const yuan = (v: number) => formatDecimal(v, language, 2);
  return (
    <section className="card" aria-labelledby="theft-bills">
      <h3 id="theft-bills">{t('theft.bills.title')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('theft.bills.none')}</p>
      ) : (
        <div className="table-scroll bills-scroll">
          <table className="table" data-testid="bills-table">
            <thead>
              <tr>
                <th scope="col">{t('theft.bills.month')}</th>
                <th scope="col" className="num">{t('theft.bills.kwh')}</th>
                <th scope="col" className="num">{t('theft.bills.billed')}</th>
                <th scope="col" className="num">{t('theft.bills.paid')}</th>
                <th scope="col">{t('theft.bills.paidDay')}</th>
                <th scope="col">{t('theft.bills.channel')}</th>
                <th scope="col" className="num">{t('theft.bills.arrears')}</th>
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
      )}
    </section>
  );
}
