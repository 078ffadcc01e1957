import { useTranslation } from 'react-i18next';
import type { Customer360 } from '../../../../engine/api/customersTypes.js';
import { formatDecimal } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useSignedIn } from '../../../state/signedIn.js';
import { categoryLabel } from '../../service/texts.js';

/** The archive's fields; name, address, phone and id number masked until the analyst shows them on purpose. */
export function ArchiveCard({ customer, onUnmask, onMask }: { customer: Customer360; onUnmask(): void; onMask(): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  // Only roles allowed personal data are offered it (the engine refuses the others anyway).
  const mayUnmask = useSignedIn().can('personal_data');
  const a = customer.archive;
  const rows: [string, string | null][] = a
    ? [
        [t('customers.archive.name'), a.name],
        [t('customers.archive.phone'), a.phone],
        [t('customers.archive.address'), a.address],
        [t('customers.archive.idNumber'), a.idNumber],
        [t('customers.archive.category'), categoryLabel(t, a.category)],
        [t('customers.archive.industry'), a.industry],
        [t('customers.archive.voltage'), a.voltage],
        [t('customers.archive.contract'), a.contractKva === null ? null : t('customers.units.kva', { value: formatDecimal(a.contractKva, language, 0) })],
        [t('customers.archive.area'), a.areaName ? `${a.areaName} (${a.areaId})` : a.areaId],
        [t('customers.archive.supplyUnit'), a.supplyUnit],
        [t('customers.archive.openDay'), a.openDay],
        [t('customers.archive.tariff'), a.tariff],
        [t('customers.archive.meters'), a.meters.join(t('common.listSeparator'))],
      ]
    : [];
  return (
    <section className="card stack" aria-labelledby="c360-archive">
      <div className="row spread wrap">
        <h2 id="c360-archive">{t('customers.c360.title', { customer: customer.customerId })}</h2>
        {a &&
          (customer.unmasked ? (
            <button type="button" className="btn small" onClick={onMask} data-testid="c360-mask">
              {t('customers.c360.mask')}
            </button>
          ) : (
            mayUnmask && (
              <button type="button" className="btn small" onClick={onUnmask} data-testid="c360-unmask">
                {t('customers.c360.unmask')}
              </button>
            )
          ))}
      </div>
      {customer.unmasked && <p className="note warn small" role="status">{t('customers.c360.unmaskedNote')}</p>}
      {a ? (
        <dl className="facts" data-testid="c360-archive">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value || '—'}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">{t('customers.c360.noArchive')}</p>
      )}
    </section>
  );
}
