import { useTranslation } from 'react-i18next';
import type { OverviewKpis } from '../../../engine/api/overviewTypes.js';
import type { CSSProperties } from 'react';
import { formatChange, formatDayShort, formatInteger, formatPercent, formatYuan, kwhQuantity, yuanQuantity, type Quantity } from '../../i18n/format.js';
import { useSession } from '../../state/session.js';

interface Card extends Quantity {
  key: string;
  label: string;
  sub?: string;
  tone?: 'up' | 'down' | 'warn';
}

/**
 * The workspace's headline numbers for the period (and the Overview's filters; `byCategory`:
 * a category is filtered). A value is never cut: the cards sit in one
 * row where they fit and in rows of four or two where not (overview.css), the value's type
 * scales with its card, the unit is set smaller, and dates are short.
 */
export function KpiCards({ kpis, byCategory = false }: { kpis: OverviewKpis; byCategory?: boolean }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const yoy = kpis.consumptionPrevYearKwh ? kpis.consumptionKwh / kpis.consumptionPrevYearKwh - 1 : null;
  const cards: Card[] = [
    {
      key: 'customers',
      label: t('kpi.customers'),
      value: formatInteger(kpis.customers, language),
      sub: t('kpi.areasFeeders', { areas: formatInteger(kpis.areas, language), feeders: formatInteger(kpis.feeders, language) }),
    },
    {
      key: 'consumption',
      label: t('kpi.consumption'),
      ...kwhQuantity(kpis.consumptionKwh, language),
      sub: yoy === null ? t('kpi.noPrevYear') : t('kpi.yoy', { change: formatChange(yoy, language) }),
      ...(yoy === null ? {} : { tone: yoy >= 0 ? ('up' as const) : ('down' as const) }),
    },
    {
      key: 'billed',
      label: t('kpi.billedPaid'),
      ...yuanQuantity(kpis.billedYuan, language),
      sub: t('kpi.paid', { paid: formatYuan(kpis.paidYuan, language) }),
    },
    {
      key: 'collection',
      label: t('kpi.collectionRate'),
      value: formatPercent(kpis.collectionRate, language),
      ...(kpis.collectionRate !== null && kpis.collectionRate < 0.95 ? { tone: 'warn' as const } : {}),
    },
    {
      key: 'arrears',
      label: t('kpi.arrears'),
      ...yuanQuantity(kpis.arrearsYuan, language),
      sub: t('kpi.customersInArrears', { count: kpis.customersInArrears, formatted: formatInteger(kpis.customersInArrears, language) }),
      ...(kpis.arrearsYuan > 0 ? { tone: 'warn' as const } : {}),
    },
    {
      key: 'lineLoss',
      label: t('kpi.lineLossRate'),
      value: formatPercent(kpis.lineLossRate, language, 2),
      // Under a category filter there is no loss to show: it is a figure of an area's supply.
      sub: byCategory ? t('kpi.lineLossByArea') : kpis.lineLossRate === null ? t('kpi.noSupplyData') : t('kpi.lineLossHint'),
    },
    {
      key: 'dataThrough',
      label: t('kpi.dataThrough'),
      value: formatDayShort(kpis.dataThrough),
    },
  ];
  return (
    <div className="kpis-frame">
      <div className="kpis" data-testid="kpis" style={{ '--kpi-count': cards.length } as CSSProperties}>
        {cards.map((card) => (
          <div key={card.key} className={`kpi ${card.tone ?? ''}`} data-kpi={card.key}>
            <div className="kpi-label">{card.label}</div>
            <div className="kpi-value">
              <span className="kpi-amount">{card.value}</span>
              {card.unit && (
                <>
                  {' '}
                  <span className="kpi-unit">{card.unit}</span>
                </>
              )}
            </div>
            {card.sub && <div className="kpi-sub">{card.sub}</div>}
          </div>
        ))}
      </div>
    </div>
  );
}
