import { CaseList } from './CaseList.js';
import { CaseView } from './CaseView.js';

/** The cases: their list, or the case named in the address. */
export function CasesTab({ caseId }: { caseId: number | null }) {
  return caseId === null ? <CaseList /> : <CaseView key={caseId} caseId={caseId} />;
}
