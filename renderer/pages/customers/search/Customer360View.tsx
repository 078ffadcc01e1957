import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatDecimal } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { Chart } from '../../overview/charts/Chart.js';
import { TicketTable } from '../../service/tickets/TicketTable.js';
import { dailyOption, loadShapeOption } from '../charts/consumptionOption.js';
import { ArchiveCard } from './ArchiveCard.js';
import { BillsTable } from '../../../components/BillsTable.js';
import { ScoresCard } from './ScoresCard.js';

/** One customer's 360: archive (masked until asked), consumption, load shape, scores, bills and tickets. */
export function Customer360View({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [unmask, setUnmask] = useState(false);
  const view = useQuery('customers.get', { customerId, unmask });
  const c = view.data;
  const daily = useMemo(() => (c && c.consumption.daily.length > 0 ? dailyOption(c.consumption.daily, { t, language }) : null), [c, t, language]);
  const shape = useMemo(() => (c?.consumption.loadShape ? loadShapeOption(c.consumption.loadShape.hourKw, { t, language }) : null), [c, t, language]);
  if (!c) return <QueryFallback query={view} />;
  return (
    <div className="stack customer-360" data-testid="customer-360">
      <ArchiveCard customer={c} onUnmask={() => setUnmask(true)} onMask={() => setUnmask(false)} />
      <ScoresCard customer={c} />
      <div className="card-grid">
        <section className="card chart-card" aria-labelledby="c360-daily" data-chart="c360-daily">
          <h3 id="c360-daily">{t('customers.c360.daily')}</h3>
          {daily ? <Chart option={daily} language={language} label={t('customers.c360.daily')} height={260} /> : <p className="muted">{t('customers.c360.noConsumption')}</p>}
        </section>
        <section className="card chart-card" aria-labelledby="c360-shape" data-chart="c360-shape">
          <h3 id="c360-shape">{t('customers.c360.loadShape')}</h3>
          {shape && c.consumption.loadShape ? (
            <>
              <p className="muted small">{t('customers.c360.shapeWindow', { days: c.consumption.loadShape.days, from: c.consumption.loadShape.from, to: c.consumption.loadShape.to })}</p>
              <Chart option={shape} language={language} label={t('customers.c360.loadShape')} height={240} />
            </>
          ) : (
            <p className="muted">{t('customers.c360.noCurves')}</p>
          )}
        </section>
      </div>
      <section className="card" aria-labelledby="c360-bills">
        <h3 id="c360-bills">{t('customers.c360.bills')}</h3>
        <BillsTable bills={c.bills} testId="c360-bills-table" />
      </section>
      <section className="card" aria-labelledby="c360-tickets">
        <h3 id="c360-tickets">{t('customers.c360.tickets')}</h3>
        <TicketTable showCustomer={false} rows={c.tickets.map((x) => ({ ...x, handling: x.handlingHours === null ? '—' : t('service.units.hours', { value: formatDecimal(x.handlingHours, language, 1) }) }))} />
      </section>
    </div>
  );
}
