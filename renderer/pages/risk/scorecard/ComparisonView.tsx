import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassMetrics, RiskModelDetail } from '../../../../engine/api/riskTypes.js';
import { formatDecimal, formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { Chart } from '../../overview/charts/Chart.js';
import { calibrationOption } from '../charts/calibrationOption.js';
import { liftOption } from '../charts/liftOption.js';
import { challengerText } from '../texts.js';

const METRICS = ['auc', 'ks', 'gini', 'lift10'] as const;

/** Which of the two models does better on a metric (higher is better for each of them); null on a tie. */
export function better(scorecard: ClassMetrics, challenger: ClassMetrics, metric: (typeof METRICS)[number]): 'scorecard' | 'challenger' | null {
  const a = scorecard[metric];
  const b = challenger[metric];
  return Math.abs(a - b) < 1e-9 ? null : a > b ? 'scorecard' : 'challenger';
}

/** Scorecard and challenger on the same validation rows: AUC, KS, Gini, lift; lift by decile and calibration by grade. */
export function ComparisonView({ model }: { model: RiskModelDetail }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const v = model.validation;
  const lift = useMemo(() => liftOption(v.lift, { t, language }), [v.lift, t, language]);
  const calibration = useMemo(() => calibrationOption(v.calibration, { t, language }), [v.calibration, t, language]);
  const figure = (m: ClassMetrics, key: (typeof METRICS)[number]) => formatDecimal(m[key], language, key === 'lift10' ? 2 : 3);
  const models = [
    { key: 'scorecard', label: t('risk.comparison.scorecard'), metrics: v.scorecard },
    { key: 'challenger', label: t('risk.scorecard.challenger'), metrics: v.challenger },
    { key: 'scorecardTrain', label: t('risk.comparison.scorecardTrain'), metrics: v.scorecardTrain },
  ] as const;
  return (
    <div className="stack risk-comparison">
      <section className="card stack" aria-labelledby="risk-comparison-title">
        <h2 id="risk-comparison-title">{t('risk.comparison.title')}</h2>
        <p className="muted small">{t('risk.comparison.split', { train: formatInteger(v.trainRows, language), validation: formatInteger(v.validationRows, language) })}</p>
        <div className="table-scroll">
          <table className="table" data-testid="risk-metrics">
            <thead>
              <tr>
                <th scope="col">{t('risk.comparison.model')}</th>
                {METRICS.map((m) => (
                  <th key={m} scope="col" className="num" title={t(`risk.comparison.hints.${m}`)}>
                    {t(`risk.comparison.metrics.${m}`)}
                  </th>
                ))}
                <th scope="col" className="num">{t('risk.comparison.rows')}</th>
                <th scope="col" className="num">{t('risk.comparison.bads')}</th>
              </tr>
            </thead>
            <tbody>
              {models.map((row) => (
                <tr key={row.key} data-model={row.key} className={row.key === 'scorecardTrain' ? 'muted' : undefined}>
                  <th scope="row">{row.label}</th>
                  {METRICS.map((m) => (
                    <td key={m} className={row.key !== 'scorecardTrain' && better(v.scorecard, v.challenger, m) === row.key ? 'num strong best' : 'num'}>
                      {figure(row.metrics, m)}
                    </td>
                  ))}
                  <td className="num">{formatInteger(row.metrics.rows, language)}</td>
                  <td className="num">{formatInteger(row.metrics.bads, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted small">{t('risk.comparison.metricsHint')}</p>
        <p className="muted small" data-testid="risk-challenger-summary">
          {t('risk.comparison.challengerNamed', { summary: challengerText(t, model.challenger, language) })}
        </p>
      </section>
      <div className="card-grid">
        <section className="card chart-card" aria-labelledby="risk-lift" data-chart="risk-lift">
          <h3 id="risk-lift">{t('risk.comparison.liftTitle')}</h3>
          <Chart option={lift} language={language} label={t('risk.comparison.liftTitle')} height={280} />
        </section>
        <section className="card chart-card" aria-labelledby="risk-calibration" data-chart="risk-calibration">
          <h3 id="risk-calibration">{t('risk.comparison.calibrationTitle')}</h3>
          <Chart option={calibration} language={language} label={t('risk.comparison.calibrationTitle')} height={280} />
        </section>
      </div>
    </div>
  );
}
