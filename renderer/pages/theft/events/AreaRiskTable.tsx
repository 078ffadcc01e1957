import { useTranslation } from 'react-i18next';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatDecimal, formatInteger, formatPercent } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { riskReasonText } from './riskTexts.js';

const RISK_SHOWN = 50;

/** Transformer areas ranked by outage and equipment-fault risk, each with the factors that stand out. */
export function AreaRiskTable() {
  const { t } = useTranslation();
  const { language } = useSession();
  const risk = useQuery('grid.areaRisk', { limit: RISK_SHOWN });
  return (
    <section className="card stack" aria-labelledby="theft-area-risk">
      <h3 id="theft-area-risk">{t('theft.events.risk.title')}</h3>
      <p className="muted small">{t('theft.events.risk.hint')}</p>
      {!risk.data ? (
        <QueryFallback query={risk} />
      ) : (
        <div className="table-scroll area-risk-scroll">
          <table className="table" data-testid="area-risk">
            <thead>
              <tr>
                <th scope="col" className="num">{t('theft.events.risk.rank')}</th>
                <th scope="col">{t('theft.events.area')}</th>
                <th scope="col" className="num">{t('theft.events.risk.score')}</th>
                <th scope="col" className="num">{t('theft.events.risk.outageHours')}</th>
                <th scope="col" className="num">{t('theft.events.risk.voltageLosses')}</th>
                <th scope="col" className="num">{t('theft.events.risk.loading')}</th>
                <th scope="col">{t('theft.events.risk.reasonsTitle')}</th>
              </tr>
            </thead>
            <tbody>
              {risk.data.map((a) => (
                <tr key={a.areaId}>
                  <td className="num">{formatInteger(a.rank, language)}</td>
                  <td>
                    <span className="mono">{a.areaId}</span>
                    {a.name && <span className="muted"> {a.name}</span>}
                  </td>
                  <td className="num strong">{formatDecimal(a.risk, language, 2)}</td>
                  <td className="num">{formatDecimal(a.outagesPerYear, language, 1)}</td>
                  <td className="num">{formatDecimal(a.voltageLossPerYear, language, 1)}</td>
                  <td className="num">{formatPercent(a.loading, language, 0)}</td>
                  <td className="wrap">{a.reasons.map((r) => riskReasonText(t, r, language)).join(language === 'zh-CN' ? '；' : '; ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
