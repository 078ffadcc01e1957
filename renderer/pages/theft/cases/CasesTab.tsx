import { useState } from 'react';
import { CaseList } from './CaseList.js';
import { CaseView } from './CaseView.js';
import { HitRatePanel, wholeRange, type HitRateRange } from './HitRatePanel.js';

/**
 * The cases: the hit rate of inspected leads over their list, or the case named in the address.
 * The hit rate's days are kept here, so that they stay while a case is opened and closed again.
 */
export function CasesTab({ caseId }: { caseId: number | null }) {
  const [range, setRange] = useState<HitRateRange>(wholeRange);
  return caseId === null ? (
    <div className="stack">
      <HitRatePanel range={range} onRange={setRange} />
      <CaseList />
    </div>
  ) : (
    <CaseView key={caseId} caseId={caseId} />
  );
}
