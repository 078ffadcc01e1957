import { useTranslation } from 'react-i18next';
import type { TheftModelView } from '../../../../engine/api/theftModelTypes.js';
import { formatInteger, formatPercent } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { scoreShares } from './modelRows.js';

/** Whether the supervised model ran, the outcomes it learnt from, and how the suspicion score was put together. */
export function ModelSummary({ view }: { view: TheftModelView }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const n = (value: number) => formatInteger(value, language);
  const shares = scoreShares(view);
  return (
    <dl className="facts theft-model-facts" data-testid="model-summary">
      <dt>{t('theft.model.state')}</dt>
      <dd data-testid="model-state">
        {view.supervised
          ? t('theft.model.ran', { positives: n(view.positives), negatives: n(view.negatives) })
          : t('theft.model.notRun', { min: n(view.minClass), positives: n(view.positives), negatives: n(view.negatives) })}
      </dd>
      <dt>{t('theft.model.labels')}</dt>
      <dd>{t('theft.model.labelsText', { positives: n(view.positives), negatives: n(view.negatives) })}</dd>
      <dt>{t('theft.model.combination')}</dt>
      <dd data-testid="model-combination">
        {!view.supervised
          ? t('theft.model.unsupervisedOnly')
          : shares
            ? t('theft.model.combined', { unsupervised: formatPercent(shares.unsupervised, language, 0), supervised: formatPercent(shares.supervised, language, 0) })
            : t('theft.model.combinedUnknown')}
      </dd>
    </dl>
  );
}
