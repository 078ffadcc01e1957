// What an evidence pack holds: the case as the case page reads it (cases.get), its evidence
// (cases.evidence, with the case's own change day where the auditor set one, as the page draws
// it), the findings behind the reasons it was opened with, whether the workspace is a demo, and
// when the pack was made.
import type { CaseDetail, CaseEvidence } from '../../api/casesTypes.js';
import type { TheftReason } from '../../api/theftTypes.js';
import type { Db } from '../../store/database.js';
import { getMeta } from '../../store/database.js';
import { caseEvidence } from '../cases/evidence.js';
import { getCase } from '../cases/read.js';

export interface PackContent {
  detail: CaseDetail;
  evidence: CaseEvidence;
  /** The reasons with their figures, from the score run the case was opened from (empty: opened by hand, or the run is gone). */
  findings: TheftReason[];
  isDemo: boolean;
  generatedAt: string;
}

/** The run's reasons for the customer; the case keeps only their codes. */
function runReasons(db: Db, detail: CaseDetail): TheftReason[] {
  if (detail.runId === null) return [];
  const reasons = db.prepare('SELECT reasons FROM theft_scores WHERE run_id = ? AND customer_id = ?').pluck().get(detail.runId, detail.customerId) as string | undefined;
  return reasons === undefined ? [] : (JSON.parse(reasons) as TheftReason[]);
}

export function packContent(db: Db, caseId: number, now = new Date().toISOString()): PackContent {
  const detail = getCase(db, caseId);
  const evidence = caseEvidence(db, detail.customerId);
  return {
    detail,
    evidence: detail.changeDay === null ? evidence : { ...evidence, changeDay: detail.changeDay },
    findings: runReasons(db, detail),
    isDemo: getMeta(db, 'is_demo') === '1',
    generatedAt: now,
  };
}
