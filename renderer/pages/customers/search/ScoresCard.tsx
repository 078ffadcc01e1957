import { useTranslation } from 'react-i18next';
import type { Customer360 } from '../../../../engine/api/customersTypes.js';
import { formatDecimal, formatInteger, formatKwh, formatPercent } from '../../../i18n/format.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';
import { tagName } from '../../service/texts.js';
import { segmentName } from '../segments/segmentName.js';

/** Every score the workbench has for the customer, each linking to the page it comes from; a module that has not run says so. */
export function ScoresCard({ customer }: { customer: Customer360 }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const { risk, theft, segment, tags, forecastShare } = customer;
  const none = <span className="muted">{t('customers.scores.none')}</span>;
  return (
    <section className="card" aria-labelledby="c360-scores">
      <h3 id="c360-scores">{t('customers.scores.title')}</h3>
      <dl className="facts scores" data-testid="c360-scores">
        <div>
          <dt>{t('customers.scores.risk')}</dt>
          <dd>
            {risk ? (
              <button type="button" className="btn ghost small link" onClick={() => navigate('risk', 'customers', customer.customerId)}>
                {t('customers.scores.riskText', { grade: risk.adjustedGrade ?? risk.grade, score: formatInteger(risk.score, language), probability: formatPercent(risk.probability, language, 1), day: risk.asOf })}
              </button>
            ) : none}
          </dd>
        </div>
        <div>
          <dt>{t('customers.scores.theft')}</dt>
          <dd>
            {theft ? (
              <button type="button" className="btn ghost small link" onClick={() => navigate('theft', 'suspects', customer.customerId)}>
                {t('customers.scores.theftText', { rank: formatInteger(theft.rank, language), of: formatInteger(theft.of, language), score: formatDecimal(theft.score, language, 2), loss: formatKwh(theft.lossKwh, language) })}
              </button>
            ) : none}
            {theft?.openCaseId && (
              <button type="button" className="btn ghost small link" onClick={() => navigate('theft', 'cases', String(theft.openCaseId))}>
                {t('customers.scores.openCase', { id: theft.openCaseId })}
              </button>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('customers.scores.segment')}</dt>
          <dd>
            {segment ? (
              <button type="button" className="btn ghost small link" onClick={() => navigate('customers', 'segments')}>
                {t('customers.scores.segmentText', { name: segmentName(t, segment.clusterName), cluster: segment.cluster })}
              </button>
            ) : (
              <span className="muted">{t('customers.scores.notSegmented')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('customers.scores.share')}</dt>
          <dd>{forecastShare ? t('customers.scores.shareText', { share: formatPercent(forecastShare.share, language, 2), area: forecastShare.areaId, from: forecastShare.from, to: forecastShare.to }) : none}</dd>
        </div>
        <div>
          <dt>{t('customers.scores.tags')}</dt>
          <dd data-testid="c360-tags">
            {tags.length > 0 ? (
              <button type="button" className="btn ghost small link" onClick={() => navigate('service', 'sensitive', customer.customerId)}>
                {tags.map((x) => `${tagName(t, x.tag)} ×${x.count}`).join(t('common.listSeparator'))}
              </button>
            ) : (
              <span className="muted">{t('customers.scores.noTags')}</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
