import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatInteger, formatPercent, formatYuan } from '../../../i18n/format.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { Chart } from '../../overview/charts/Chart.js';
import { scoreHistoryOption } from '../charts/scoreHistoryOption.js';
import { GradeBadge } from '../GradeBadge.js';
import { reasonText } from '../texts.js';
import { AdjustPanel } from './AdjustPanel.js';
import { FeatureTable } from './FeatureTable.js';
import { BillsTable } from '../../../components/BillsTable.js';
import { SubScores } from './SubScores.js';

/** One customer's risk profile (an adjustment is told to the list above, whose row shows it too): who, the latest score and grade, score history, reasons, sub-scores, features, bills, adjustments. */
export function ProfilePanel({ customerId, onAdjusted }: { customerId: string; onAdjusted(): void }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const profile = useQuery('risk.customer', { customerId });
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    // A block body: Chromium's scrollIntoView returns a promise, which React would take for a cleanup.
    ref.current?.scrollIntoView({ block: 'start' });
  }, [customerId]);
  const p = profile.data;
  const history = useMemo(() => (p && p.history.length > 0 ? scoreHistoryOption(p.history, { t, language }) : null), [p, t, language]);
  const title = t('risk.profile.title', { customer: customerId });
  return (
    <section className="stack risk-profile" ref={ref} aria-labelledby="risk-profile-title" data-testid="risk-profile">
      <div className="row spread wrap">
        <h2 id="risk-profile-title">{title}</h2>
        <button type="button" className="btn small ghost" onClick={() => navigate('risk', 'customers')}>
          {t('common.close')}
        </button>
      </div>
      {!p ? (
        <QueryFallback query={profile} />
      ) : (
        <>
          <div className="card">
            <dl className="facts risk-facts">
              <dt>{t('risk.customers.name')}</dt>
              <dd>{p.customerName ?? '—'}</dd>
              <dt>{t('risk.customers.category')}</dt>
              <dd>{p.category ? t(`values.customers.category.${p.category as 'residential'}`, { defaultValue: p.category }) : '—'}</dd>
              <dt>{t('risk.profile.industry')}</dt>
              <dd>{p.industry ?? '—'}</dd>
              <dt>{t('risk.customers.area')}</dt>
              <dd>{p.areaId ?? '—'}</dd>
              <dt>{t('risk.profile.prepaid')}</dt>
              <dd>{p.prepaid === null ? '—' : p.prepaid ? t('risk.profile.yes') : t('risk.profile.no')}</dd>
              {p.latest && (
                <>
                  <dt>{t('risk.customers.grade')}</dt>
                  <dd data-testid="risk-profile-grade">
                    <GradeBadge grade={p.latest.grade} adjusted={p.latest.adjustedGrade} />
                  </dd>
                  <dt>{t('risk.customers.score')}</dt>
                  <dd className="strong">{formatInteger(p.latest.score, language)}</dd>
                  <dt>{t('risk.customers.probability')}</dt>
                  <dd>
                    {formatPercent(p.latest.probability, language, 1)}{' '}
                    <span className="muted small">{t('risk.profile.challenger', { probability: formatPercent(p.latest.challengerProbability, language, 1) })}</span>
                  </dd>
                  <dt>{t('risk.customers.outstanding')}</dt>
                  <dd>{formatYuan(p.latest.outstandingYuan, language)}</dd>
                  <dt>{t('risk.customers.expectedLoss')}</dt>
                  <dd className="strong">{formatYuan(p.latest.expectedLossYuan, language)}</dd>
                </>
              )}
            </dl>
          </div>
          {!p.latest && <p className="muted">{t('risk.profile.notScored')}</p>}
          <div className="card-grid">
            <section className="card chart-card" aria-labelledby="risk-score-history">
              <h3 id="risk-score-history">{t('risk.profile.history')}</h3>
              {history ? <Chart option={history} language={language} label={t('risk.profile.history')} height={260} /> : <p className="muted">{t('risk.profile.noHistory')}</p>}
            </section>
            <section className="card stack" aria-labelledby="risk-reasons">
              <h3 id="risk-reasons">{t('risk.profile.reasons')}</h3>
              {p.latest && p.latest.reasons.length > 0 ? (
                <ol className="risk-reasons" data-testid="risk-reasons">
                  {p.latest.reasons.map((r) => (
                    <li key={r.feature}>{reasonText(t, r, language)}</li>
                  ))}
                </ol>
              ) : (
                <p className="muted small">{t('risk.profile.noReasons')}</p>
              )}
              {p.latest && <SubScores willingness={p.latest.willingness} ability={p.latest.ability} />}
              <p className="muted small">{t('risk.profile.pointsHint')}</p>
            </section>
          </div>
          <FeatureTable features={p.features} />
          <section className="card" aria-labelledby="risk-bills">
            <h3 id="risk-bills">{t('risk.profile.bills')}</h3>
            <BillsTable bills={p.bills} testId="risk-bills" withLateness />
          </section>
          <AdjustPanel
            profile={p}
            onAdjusted={() => {
              profile.reload();
              onAdjusted();
            }}
          />
        </>
      )}
    </section>
  );
}
