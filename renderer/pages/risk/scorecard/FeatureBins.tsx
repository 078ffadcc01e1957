import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BinEdit, FeatureBinning } from '../../../../engine/api/riskTypes.js';
import { formatDecimal, formatInteger, formatPercent } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { Chart } from '../../overview/charts/Chart.js';
import { badRate, woeOption } from '../charts/woeOption.js';
import { binLabel, featureLabel } from '../texts.js';
import { binEditText, parseBinEdit } from './binEdits.js';

/** One feature's bins: WOE chart, the table (count, bad rate, WOE, IV, points), and the editor of its cuts or groups. */
export function FeatureBins({ binning, edit, onEdit }: { binning: FeatureBinning; edit: BinEdit | null; onEdit: ((edit: BinEdit | null) => void) | null }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const option = useMemo(() => woeOption(binning, { t, language }), [binning, t, language]);
  const initial = binEditText(binning);
  const [text, setText] = useState(edit ? ('cuts' in edit ? edit.cuts.join(', ') : edit.groups.map((g) => g.join(', ')).join('\n')) : initial);
  const parsed = parseBinEdit(binning.kind, text);
  const changed = text.trim() !== initial.trim();
  const name = featureLabel(t, binning.feature);
  return (
    <section className="card stack" aria-labelledby="risk-bins-title" data-testid="risk-bins">
      <div className="row spread wrap">
        <h3 id="risk-bins-title">{t('risk.scorecard.binsOf', { feature: name })}</h3>
        <span className="muted small">
          {t('risk.scorecard.ivOf', { iv: formatDecimal(binning.iv, language, 3) })} · {t(`risk.scorecard.trend.${binning.trend}`)}
        </span>
      </div>
      {binning.weak && <p className="note warn small">{t('risk.scorecard.weakNote')}</p>}
      <Chart option={option} language={language} label={t('risk.scorecard.binsOf', { feature: name })} height={240} />
      <div className="table-scroll">
        <table className="table" data-testid="risk-bin-table">
          <thead>
            <tr>
              <th scope="col">{t('risk.scorecard.bin')}</th>
              <th scope="col" className="num">{t('risk.scorecard.count')}</th>
              <th scope="col" className="num">{t('risk.scorecard.badRate')}</th>
              <th scope="col" className="num">{t('risk.scorecard.woe')}</th>
              <th scope="col" className="num">{t('risk.scorecard.iv')}</th>
              <th scope="col" className="num">{t('risk.scorecard.points')}</th>
            </tr>
          </thead>
          <tbody>
            {binning.bins.map((b, i) => (
              <tr key={i}>
                <td className="mono">{binLabel(t, b.range, language, binning.feature)}</td>
                <td className="num">{formatInteger(b.count, language)}</td>
                <td className="num">{formatPercent(badRate(b), language, 1)}</td>
                <td className={b.woe < 0 ? 'num warn' : 'num'}>{formatDecimal(b.woe, language, 3)}</td>
                <td className="num">{formatDecimal(b.iv, language, 3)}</td>
                <td className="num strong">{formatDecimal(b.points, language, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {onEdit && (
        <div className="stack compact bin-editor">
          <label className="field">
            <span>{binning.kind === 'numeric' ? t('risk.scorecard.editCuts') : t('risk.scorecard.editGroups')}</span>
            {binning.kind === 'numeric' ? (
              <input value={text} onChange={(e) => setText(e.target.value)} aria-invalid={parsed === null} data-testid="risk-bin-edit" />
            ) : (
              <textarea rows={Math.min(8, Math.max(3, text.split('\n').length))} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={parsed === null} data-testid="risk-bin-edit" />
            )}
          </label>
          <p className="muted small">{binning.kind === 'numeric' ? t('risk.scorecard.cutsHint') : t('risk.scorecard.groupsHint')}</p>
          <div className="row wrap">
            <button type="button" className="btn small" disabled={parsed === null || !changed} onClick={() => onEdit(parsed)} data-testid="risk-bin-apply">
              {t('risk.scorecard.keepEdit')}
            </button>
            {edit && (
              <button
                type="button"
                className="btn small ghost"
                onClick={() => {
                  setText(initial);
                  onEdit(null);
                }}
              >
                {t('risk.scorecard.dropEdit')}
              </button>
            )}
            {edit && <span className="note ok small">{t('risk.scorecard.editKept')}</span>}
          </div>
        </div>
      )}
    </section>
  );
}
