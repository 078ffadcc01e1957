// What an evidence pack holds: the case as the case page reads it (cases.get), its evidence
// (cases.evidence, with the case's own change day where the auditor set one, as the page draws
// it), whether the workspace is a demo, and when the pack was made.
import type { CaseDetail, CaseEvidence } from '../../api/casesTypes.js';
import type { Db } from '../../store/database.js';
import { getMeta } from '../../store/database.js';
import { caseEvidence } from '../cases/evidence.js';
import { getCase } from '../cases/read.js';

export interface PackContent {
  detail: CaseDetail;
  evidence: CaseEvidence;
  isDemo: boolean;
  generatedAt: string;
}

export function packContent(db: Db, caseId: number, now = new Date().toISOString()): PackContent {
  const detail = getCase(db, caseId);
  const evidence = caseEvidence(db, detail.customerId);
  return {
    detail,
    evidence: detail.changeDay === null ? evidence : { ...evidence, changeDay: detail.changeDay },
    isDemo: getMeta(db, 'is_demo') === '1',
    generatedAt: now,
  };
}
