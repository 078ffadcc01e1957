import { useTranslation } from 'react-i18next';
import type { TheftModelView } from '../../../../engine/api/theftModelTypes.js';
import { formatDecimal, formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { indicatorHint, indicatorLabel } from '../texts.js';
import { weightRows } from './modelRows.js';

/** The model's weight per indicator in words, strongest first, with a bar, and how many customers each indicator flagged. */
export function WeightsTable({ view }: { view: TheftModelView }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const rows = weightRows(view);
  return (
    <section className="card stack" aria-labelledby="theft-weights-title">
      <h2 id="theft-weights-title">{t('theft.model.weightsTitle')}</h2>
      <p className="muted small">{view.supervised ? t('theft.model.weightsHint') : t('theft.model.noWeights')}</p>
      <div className="table-scroll">
        <table className="table" data-testid="model-weights">
          <thead>
            <tr>
              <th scope="col">{t('theft.model.indicator')}</th>
              {view.supervised && <th scope="col" className="num">{t('theft.model.weight')}</th>}
              {view.supervised && <th scope="col" aria-hidden="true" />}
              <th scope="col" className="num">{t('theft.model.flagged')}</th>
              <th scope="col" className="num">{t('theft.model.computed')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} data-code={r.code}>
                <td title={indicatorHint(t, r.code)}>{indicatorLabel(t, r.code)}</td>
                {view.supervised && <td className="num">{formatDecimal(r.coefficient, language, 2)}</td>}
                {view.supervised && (
                  <td className="weight-bar-cell" aria-hidden="true">
                    <span className="weight-bar" style={{ width: `${Math.round(r.share * 100)}%` }} />
                  </td>
                )}
                <td className="num">{formatInteger(r.flagged, language)}</td>
                <td className="num">{formatInteger(r.computed, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
