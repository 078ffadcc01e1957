import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { riskGrades, type RiskRunInfo } from '../../../../engine/api/riskTypes.js';
import { formatDay, formatInteger, formatPercent, yuanQuantity, type Quantity } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';

/** Share of a run's customers in the two riskiest grades. */
export function riskyShare(run: Pick<RiskRunInfo, 'byGrade' | 'customers'>): number | null {
  const total = riskGrades.reduce((sum, g) => sum + run.byGrade[g], 0) || run.customers;
  return total > 0 ? (run.byGrade.D + run.byGrade.E) / total : null;
}

/** The latest run in four figures: customers scored, expected loss, outstanding, share in D/E. */
export function RiskKpis({ run }: { run: RiskRunInfo }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const cards: { key: string; label: string; quantity: Quantity; sub?: string; tone?: string }[] = [
    { key: 'customers', label: t('risk.kpi.customers'), quantity: { value: formatInteger(run.customers, language) }, sub: t('risk.kpi.asOf', { day: formatDay(run.asOf, language) }) },
    { key: 'expectedLoss', label: t('risk.kpi.expectedLoss'), quantity: yuanQuantity(run.expectedLossYuan, language), sub: t('risk.kpi.expectedLossHint'), tone: 'warn' },
    { key: 'outstanding', label: t('risk.kpi.outstanding'), quantity: yuanQuantity(run.outstandingYuan, language) },
    { key: 'risky', label: t('risk.kpi.risky'), quantity: { value: formatPercent(riskyShare(run), language, 1) }, sub: t('risk.kpi.riskyHint', { count: formatInteger(run.byGrade.D + run.byGrade.E, language) }) },
  ];
  return (
    <div className="kpis-frame">
      <div className="kpis" data-testid="risk-kpis" style={{ '--kpi-count': cards.length } as CSSProperties}>
        {cards.map((card) => (
          <div key={card.key} className={`kpi ${card.tone ?? ''}`} data-kpi={card.key}>
            <div className="kpi-label">{card.label}</div>
            <div className="kpi-value">
              <span className="kpi-amount">{card.quantity.value}</span>
              {card.quantity.unit && (
                <>
                  {' '}
                  <span className="kpi-unit">{card.quantity.unit}</span>
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
