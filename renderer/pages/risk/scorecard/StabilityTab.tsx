import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskRunInfo } from '../../../../engine/api/riskTypes.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatDay, formatDecimal } from '../../../i18n/format.js';
import { navigate } from '../../../shell/route.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { Chart } from '../../overview/charts/Chart.js';
import { stabilityOption, stabilityRows } from '../charts/stabilityOption.js';
import { featureLabel } from '../texts.js';

function RunSelect({ label, runs, value, onChange, testId }: { label: string; runs: RiskRunInfo[]; value: number | null; onChange(runId: number | null): void; testId: string }) {
  const { t } = useTranslation();
  const { language } = useSession();
  return (
    <label className="field inline">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)} data-testid={testId}>
        <option value="">{t('risk.stability.default')}</option>
        {runs.map((r) => (
          <option key={r.runId} value={r.runId}>
            {t('risk.stability.runOption', { runId: r.runId, asOf: formatDay(r.asOf, language) })}
          </option>
        ))}
      </select>
    </label>
  );
}

/** PSI of the score and each feature between two runs (default: the latest against a year before), levels coloured and explained. */
export function StabilityTab() {
  const { t } = useTranslation();
  const { language } = useSession();
  const runs = useQuery('risk.runs', { limit: 60 });
  const [base, setBase] = useState<number | null>(null);
  const [run, setRun] = useState<number | null>(null);
  const enabled = (runs.data?.length ?? 0) > 1;
  const stability = useQuery('risk.stability', { ...(base !== null ? { baseRunId: base } : {}), ...(run !== null ? { runId: run } : {}) }, { enabled });
  const option = useMemo(() => (stability.data ? stabilityOption(stability.data, { t, language }) : null), [stability.data, t, language]);
  if (!runs.data) return <QueryFallback query={runs} />;
  if (!enabled)
    return (
      <EmptyState
        title={t('risk.stability.needTwoTitle')}
        actions={
          <button type="button" className="btn primary" onClick={() => navigate('risk', 'overview')}>
            {t('risk.empty.goTrain')}
          </button>
        }
      >
        {t('risk.stability.needTwoText')}
      </EmptyState>
    );
  const s = stability.data;
  const rows = s ? stabilityRows(s) : [];
  return (
    <div className="stack risk-stability">
      <section className="card stack" aria-labelledby="risk-stability-title">
        <h2 id="risk-stability-title">{t('risk.stability.title')}</h2>
        <div className="row wrap">
          <RunSelect label={t('risk.stability.base')} runs={runs.data} value={base} onChange={setBase} testId="risk-stability-base" />
          <RunSelect label={t('risk.stability.compared')} runs={runs.data} value={run} onChange={setRun} testId="risk-stability-run" />
        </div>
        <ul className="stability-legend small">
          {(['stable', 'watch', 'shifted'] as const).map((level) => (
            <li key={level}>
              <span className={`tag level-${level}`}>{t(`risk.stability.levels.${level}`)}</span> {t(`risk.stability.explain.${level}`)}
            </li>
          ))}
        </ul>
      </section>
      {!s ? (
        <QueryFallback query={stability} />
      ) : (
        <div className="risk-scorecard-grid">
          <section className="card chart-card" aria-labelledby="risk-psi-chart">
            <h3 id="risk-psi-chart">{t('risk.stability.chartTitle', { base: s.baseRunId, run: s.runId })}</h3>
            {option && <Chart option={option} language={language} label={t('risk.stability.title')} height={Math.max(220, rows.length * 26 + 60)} />}
          </section>
          <section className="card" aria-labelledby="risk-psi-table">
            <h3 id="risk-psi-table">{t('risk.stability.tableTitle')}</h3>
            <div className="table-scroll">
              <table className="table" data-testid="risk-stability">
                <thead>
                  <tr>
                    <th scope="col">{t('risk.scorecard.feature')}</th>
                    <th scope="col" className="num">{t('risk.stability.psi')}</th>
                    <th scope="col">{t('risk.stability.level')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r, i) => (
                    <tr key={i === 0 ? '@score' : r.name} data-level={r.level}>
                      <th scope="row">{i === 0 ? t('risk.stability.score') : featureLabel(t, r.name)}</th>
                      <td className="num">{formatDecimal(r.psi, language, 3)}</td>
                      <td>
                        <span className={`tag level-${r.level}`}>{t(`risk.stability.levels.${r.level}`)}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </div>
      )}
    </div>
  );
}
