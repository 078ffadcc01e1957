import { useTranslation } from 'react-i18next';
import { navigate } from '../shell/route.js';

/** A customer number in a list: it opens the customer's 360. */
export function CustomerLink({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="btn ghost small link mono" onClick={() => navigate('customers', 'search', customerId)} aria-label={t('customers.search.open', { customer: customerId })}>
      {customerId}
    </button>
  );
}
