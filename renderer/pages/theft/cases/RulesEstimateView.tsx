import { useTranslation } from 'react-i18next';
import type { CaseDetail, RulesEstimate } from '../../../../engine/api/casesTypes.js';
import { formatDay, formatDecimal, formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';

/**
 * Back-billing by the rules (供电营业规则 art. 103: capacity × hours a day × days, 180 when the
 * start is unknown; art. 102: three times the charge as the theft penalty), beside the baseline
 * estimate: the one to use when the change day is unknown, a comparison when it is known.
 * "Use these figures" fills the adjustment with its energy and charge.
 */
export function RulesEstimateView({ detail: c, onUse }: { detail: CaseDetail; onUse(estimate: RulesEstimate): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const r = c.rulesEstimate;
  const money = (v: number) => formatDecimal(v, language, 2);
  return (
    <div className="stack compact rules-estimate" data-testid="rules-estimate">
      <h4>{t('theft.estimate.rules.title')}</h4>
      {r === null ? (
        <p className="muted small">{t('theft.estimate.rules.none')}</p>
      ) : (
        <>
          <p data-testid="rules-figures">
            {t('theft.estimate.rules.figures', { kwh: formatInteger(r.kwh, language), yuan: money(r.yuan), penalty: money(r.penaltyYuan), total: money(r.totalYuan) })}
          </p>
          <p className="muted small">
            {t(`theft.estimate.rules.how.${r.daysBasis === 'minimum' ? 'minimum' : 'dated'}`, {
              kva: formatDecimal(r.capacityKva, language, 0),
              hours: formatInteger(r.hoursPerDay, language),
              user: t(`theft.estimate.rules.users.${r.userKind}`),
              days: formatInteger(r.days, language),
              from: r.from ? formatDay(r.from, language) : '',
              to: r.to ? formatDay(r.to, language) : '',
              price: formatDecimal(r.priceYuanPerKwh, language, 4),
              source: t(`theft.estimate.priceSources.${r.priceSource}`),
            })}
          </p>
          <p className="muted small">{t(c.status === 'contract_violation' ? 'theft.estimate.rules.violationNote' : 'theft.estimate.rules.penaltyNote')}</p>
          <div className="row">
            <button type="button" className="btn small" onClick={() => onUse(r)} data-testid="rules-use">
              {t('theft.estimate.rules.use')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
