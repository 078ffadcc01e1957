import { useTranslation } from 'react-i18next';
import type { CustomerBill } from '../../../../engine/api/customersTypes.js';
import { formatDecimal, formatYuan } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';

/** The latest bills, newest first, with what was paid, when, and what is still owed. */
export function BillsTable({ bills }: { bills: CustomerBill[] }) {
  const { t } = useTranslation();
  const { language } = useSession();
  if (bills.length === 0) return <p className="muted">{t('customers.c360.noBills')}</p>;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="c360-bills">
        <thead>
          <tr>
            <th scope="col">{t('customers.bills.month')}</th>
            <th scope="col" className="num">{t('customers.bills.kwh')}</th>
            <th scope="col" className="num">{t('customers.bills.billed')}</th>
            <th scope="col" className="num">{t('customers.bills.paid')}</th>
            <th scope="col">{t('customers.bills.paidDay')}</th>
            <th scope="col">{t('customers.bills.channel')}</th>
            <th scope="col" className="num">{t('customers.bills.arrears')}</th>
          </tr>
        </thead>
        <tbody>
          {bills.map((b) => (
            <tr key={b.month}>
              <td>{b.month}</td>
              <td className="num">{b.kwh === null ? '—' : formatDecimal(b.kwh, language, 0)}</td>
              <td className="num">{formatYuan(b.billedYuan, language)}</td>
              <td className="num">{formatYuan(b.paidYuan, language)}</td>
              <td>{b.paidDay ?? '—'}</td>
              <td>{b.channel ?? '—'}</td>
              <td className={b.arrearsYuan > 0 ? 'num strong' : 'num'}>{formatYuan(b.arrearsYuan, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
