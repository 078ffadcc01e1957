import { CaseList } from './CaseList.js';
import { CaseView } from './CaseView.js';
import { HitRatePanel } from './HitRatePanel.js';

/** The cases: the hit rate of inspected leads over their list, or the case named in the address. */
export function CasesTab({ caseId }: { caseId: number | null }) {
  return caseId === null ? (
    <div className="stack">
      <HitRatePanel />
      <CaseList />
    </div>
  ) : (
    <CaseView key={caseId} caseId={caseId} />
  );
}
