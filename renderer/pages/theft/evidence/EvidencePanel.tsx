import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseEvidence } from '../../../../engine/api/casesTypes.js';
import type { Language } from '../../../../engine/api/types.js';
import { QueryFallback } from '../../../components/QueryFallback.js';
import { formatInteger } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { Chart } from '../../overview/charts/Chart.js';
import { peerGroupText } from '../texts.js';
import { BillsTable } from './BillsTable.js';
import { evidenceOption } from './evidenceOption.js';

/** What the peer band compares with: the category in the area, the category alone, or nobody. */
function peersText(t: TFunction, evidence: CaseEvidence, language: Language): string {
  const count = evidence.peers.count;
  if (evidence.peers.basis === 'none') return t('theft.chart.noPeers');
  const group = peerGroupText(t, evidence.peers.basis === 'category_area' ? `category=${evidence.category}, area=${evidence.areaId ?? ''}` : `category=${evidence.category}`);
  return t('theft.chart.peers', { count, formatted: formatInteger(count, language), group });
}

/** A customer's evidence: the chart of consumption against peers and the area's loss with events, and bills and payments. */
export function EvidencePanel({ customerId, changeDay }: { customerId: string; changeDay?: string | null }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const evidence = useQuery('cases.evidence', { customerId });
  const data = evidence.data;
  // The case's change day where the auditor set one; else the detector's.
  const shown = useMemo(() => (data && changeDay !== undefined && changeDay !== null ? { ...data, changeDay } : data), [data, changeDay]);
  const option = useMemo(() => (shown ? evidenceOption(shown, { t, language }) : null), [shown, t, language]);
  const title = t('theft.chart.title');
  if (!shown || !option) return <QueryFallback query={evidence} />;
  return (
    <>
      <section className="card chart-card" aria-labelledby="chart-evidence" data-chart="evidence">
        <div className="row spread wrap">
          <h3 id="chart-evidence">{title}</h3>
          <span className="muted small">{peersText(t, shown, language)}</span>
        </div>
        <Chart option={option} language={language} label={title} height={340} />
      </section>
      <BillsTable bills={shown.bills} />
    </>
  );
}
