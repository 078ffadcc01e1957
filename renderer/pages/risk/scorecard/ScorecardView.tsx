import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BinEdit, FeatureBinning, RiskModelDetail } from '../../../../engine/api/riskTypes.js';
import { SortHeader } from '../../../components/TableCells.js';
import { formatDecimal, formatInteger, formatPercent, formatYuan } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { challengerText, featureLabel } from '../texts.js';
import { FeatureBins } from './FeatureBins.js';

/** Strongest first; the analyst can turn the order. */
function byIv(order: 'ascending' | 'descending') {
  return (a: FeatureBinning, b: FeatureBinning) => (order === 'descending' ? b.iv - a.iv : a.iv - b.iv) || a.feature.localeCompare(b.feature);
}

/** IV in words, the usual reading: < 0.02 not predictive, < 0.1 weak, < 0.3 medium, else strong. */
export function ivStrength(iv: number): 'none' | 'weak' | 'medium' | 'strong' {
  return iv < 0.02 ? 'none' : iv < 0.1 ? 'weak' : iv < 0.3 ? 'medium' : 'strong';
}

/**
 * A model's scorecard: how it scales and what it predicts, every binned feature with its IV
 * (weak ones flagged), and a picked feature's bins with the editor. Edits are collected over
 * features and retrain together (`onRetrain`; null while a retrain runs, absent where the model cannot be retrained here).
 */
export function ScorecardView({ model, onRetrain }: { model: RiskModelDetail; onRetrain?: ((binEdits: Record<string, BinEdit>) => void) | null }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const [order, setOrder] = useState<'ascending' | 'descending'>('descending');
  const features = useMemo(() => [...model.binnings].sort(byIv(order)), [model.binnings, order]);
  const [picked, setPicked] = useState<string | null>(null);
  const [edits, setEdits] = useState<Record<string, BinEdit>>({});
  const binning = features.find((b) => b.feature === picked) ?? features[0] ?? null;
  const editCount = Object.keys(edits).length;
  const s = model.scaling;
  return (
    <div className="stack risk-scorecard">
      <section className="card" aria-labelledby="risk-model-facts">
        <h2 id="risk-model-facts">{model.name}</h2>
        <dl className="facts risk-facts" data-testid="risk-scaling">
          <dt>{t('risk.scorecard.scaling')}</dt>
          <dd>{t('risk.scorecard.scalingText', { baseScore: formatInteger(s.baseScore, language), baseOdds: formatDecimal(s.baseOdds, language, 0), pdo: formatDecimal(s.pdo, language, 0) })}</dd>
          <dt>{t('risk.scorecard.target')}</dt>
          <dd>
            {model.targetDefinition
              ? t('risk.scorecard.targetText', { days: formatInteger(model.targetDefinition.overdueDays, language), amount: formatYuan(model.targetDefinition.minArrearsYuan, language), months: formatInteger(model.horizonMonths, language) })
              : t('risk.scorecard.targetColumn', { target: model.target, file: model.fileName ?? '—' })}
          </dd>
          <dt>{t('risk.scorecard.rows')}</dt>
          <dd>{t('risk.scorecard.rowsText', { rows: formatInteger(model.rows, language), bads: formatInteger(model.bads, language), rate: formatPercent(model.rows ? model.bads / model.rows : null, language, 1) })}</dd>
          <dt>{t('risk.scorecard.grades')}</dt>
          <dd>{model.gradeCuts.map((g) => t('risk.scorecard.gradeCut', { grade: g.grade, score: formatInteger(g.minScore, language) })).join(t('common.listSeparator'))}</dd>
          <dt>{t('risk.scorecard.challenger')}</dt>
          <dd>{challengerText(t, model.challenger, language)}</dd>
        </dl>
      </section>
      <div className="risk-scorecard-grid">
        <section className="card" aria-labelledby="risk-features-iv">
          <h3 id="risk-features-iv">{t('risk.scorecard.features')}</h3>
          <div className="table-scroll risk-iv-scroll">
            <table className="table" data-testid="risk-binnings">
              <thead>
                <tr>
                  <th scope="col">{t('risk.scorecard.feature')}</th>
                  <th scope="col">{t('risk.scorecard.side')}</th>
                  <SortHeader label={t('risk.scorecard.iv')} order={order} onSort={() => setOrder(order === 'descending' ? 'ascending' : 'descending')} />
                  <th scope="col">{t('risk.scorecard.status')}</th>
                </tr>
              </thead>
              <tbody>
                {features.map((b) => (
                  <tr key={b.feature} className={b.feature === binning?.feature ? 'chosen' : undefined} data-feature={b.feature}>
                    <td>
                      <button type="button" className="btn ghost small link" onClick={() => setPicked(b.feature)} aria-pressed={b.feature === binning?.feature}>
                        {featureLabel(t, b.feature)}
                      </button>
                    </td>
                    <td>{b.side ? t(`risk.sides.${b.side}`) : '—'}</td>
                    <td className="num" title={t(`risk.scorecard.strength.${ivStrength(b.iv)}`)}>
                      {formatDecimal(b.iv, language, 3)}
                    </td>
                    <td>
                      {b.weak ? <span className="tag warn">{t('risk.scorecard.weak')}</span> : b.selected ? <span className="tag ok">{t('risk.scorecard.selected')}</span> : <span className="tag">{t('risk.scorecard.left')}</span>}
                      {(b.edited || edits[b.feature]) && <span className="tag">{t('risk.scorecard.edited')}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted small">{t('risk.scorecard.weakHint')}</p>
        </section>
        {binning && (
          <FeatureBins
            key={binning.feature}
            binning={binning}
            edit={edits[binning.feature] ?? null}
            onEdit={
              onRetrain === undefined
                ? null
                : (edit) =>
                    setEdits((all) => {
                      const next = { ...all };
                      if (edit) next[binning.feature] = edit;
                      else delete next[binning.feature];
                      return next;
                    })
            }
          />
        )}
      </div>
      {onRetrain !== undefined && (
        <div className="row wrap">
          <button type="button" className="btn primary" disabled={!onRetrain || editCount === 0} onClick={() => onRetrain?.(edits)} data-testid="risk-retrain">
            {t('risk.scorecard.retrain', { count: editCount })}
          </button>
          {editCount === 0 && <span className="muted small">{t('risk.scorecard.retrainHint')}</span>}
        </div>
      )}
    </div>
  );
}
