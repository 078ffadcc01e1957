import { useTranslation } from 'react-i18next';
import type { TheftSuspectDetail } from '../../../../engine/api/theftTypes.js';
import { formatDecimal } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { indicatorHint, indicatorLabel, reasonText } from '../texts.js';

/**
 * Every indicator of a suspect: its value (— where it could not be computed, e.g. no curves) and
 * its finding in one sentence where it weighed in the score; the others say what they look for.
 */
export function IndicatorsTable({ suspect }: { suspect: TheftSuspectDetail }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const reasons = new Map(suspect.reasons.map((r) => [r.code, r]));
  return (
    <table className="table indicators" data-testid="indicators-table">
      <thead>
        <tr>
          <th scope="col">{t('theft.detail.indicator')}</th>
          <th scope="col" className="num">{t('theft.detail.value')}</th>
          <th scope="col">{t('theft.detail.finding')}</th>
        </tr>
      </thead>
      <tbody>
        {suspect.indicators.map(({ code, value }) => {
          const reason = reasons.get(code);
          return (
            <tr key={code} className={reason ? 'reason' : undefined}>
              <th scope="row">{indicatorLabel(t, code)}</th>
              <td className="num">{formatDecimal(value, language, 2)}</td>
              <td className={reason ? 'wrap' : 'wrap muted'}>
                {reason ? reasonText(t, reason, language) : value === null ? t('theft.detail.notComputed') : indicatorHint(t, code)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
