// A case's status flow as the page offers it (the engine's rule: engine/theft/cases/status.ts):
//   to_inspect -> inspecting -> confirmed_theft | contract_violation | cleared
// and a closed case reopened to inspecting, with a reason.
import type { CaseStatus } from '../../../../engine/api/casesTypes.js';

const closing: readonly CaseStatus[] = ['confirmed_theft', 'contract_violation', 'cleared'];

export function isClosed(status: CaseStatus): boolean {
  return closing.includes(status);
}

/** The statuses a case may move to next. */
export function nextStatuses(status: CaseStatus): readonly CaseStatus[] {
  if (status === 'to_inspect') return ['inspecting'];
  if (status === 'inspecting') return closing;
  return ['inspecting'];
}

/** Moving a closed case back to inspecting: the engine needs a reason. */
export function isReopening(from: CaseStatus, to: CaseStatus): boolean {
  return isClosed(from) && to === 'inspecting';
}
