import { useTranslation } from 'react-i18next';
import type { RiskProfile } from '../../../../engine/api/riskTypes.js';
import { formatDecimal } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { binText, featureLabel } from '../texts.js';

/** A feature's value as the table shows it: numbers to two places at most, text as it is. */
export function featureValueText(value: number | string | null, language: 'zh-CN' | 'en'): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  return formatDecimal(value, language, Number.isInteger(value) ? 0 : 2);
}

/** The customer's features as of the latest run: value, bin, the points it gave and the most it could give. */
export function FeatureTable({ features }: { features: RiskProfile['features'] }) {
  const { t } = useTranslation();
  const { language } = useSession();
  return (
    <section className="card" aria-labelledby="risk-features">
      <h3 id="risk-features">{t('risk.profile.features')}</h3>
      <div className="table-scroll">
        <table className="table" data-testid="risk-features">
          <thead>
            <tr>
              <th scope="col">{t('risk.scorecard.feature')}</th>
              <th scope="col">{t('risk.scorecard.side')}</th>
              <th scope="col" className="num">{t('risk.profile.value')}</th>
              <th scope="col">{t('risk.scorecard.bin')}</th>
              <th scope="col" className="num">{t('risk.scorecard.points')}</th>
              <th scope="col" className="num">{t('risk.profile.bestPoints')}</th>
            </tr>
          </thead>
          <tbody>
            {features.map((f) => (
              <tr key={f.feature} className={f.points < f.bestPoints ? 'lost' : undefined}>
                <td>{featureLabel(t, f.feature)}</td>
                <td>{f.side ? t(`risk.sides.${f.side}`) : '—'}</td>
                <td className="num">{typeof f.value === 'string' ? binText(t, f.value, f.feature) : featureValueText(f.value, language)}</td>
                <td className="mono">{binText(t, f.bin, f.feature)}</td>
                <td className={f.points < f.bestPoints ? 'num warn' : 'num'}>{formatDecimal(f.points, language, 0)}</td>
                <td className="num muted">{formatDecimal(f.bestPoints, language, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
