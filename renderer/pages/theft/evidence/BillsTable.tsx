import { useTranslation } from 'react-i18next';
import type { EvidenceBill } from '../../../../engine/api/casesTypes.js';
import { BillsTable as Bills } from '../../../components/BillsTable.js';

/** The case's bills and payments, as a card of the evidence. */
export function BillsTable({ bills }: { bills: EvidenceBill[] }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="theft-bills">
      <h3 id="theft-bills">{t('bills.title')}</h3>
      <Bills bills={bills} testId="bills-table" />
    </section>
  );
}
