// A case's status flow. A lead waits to be inspected, is inspected, and closes with the
// inspection's outcome:
//   to_inspect -> inspecting -> confirmed_theft | contract_violation | cleared
// Reopening: a closed case goes back to inspecting (new evidence, a second visit, a finding
// disputed), always with a reason kept in its history, and only while the customer has no
// other open case. A case is never deleted: to drop a lead, close it as cleared.
import type { CaseStatus } from '../../api/casesTypes.js';

export const openStatuses: readonly CaseStatus[] = ['to_inspect', 'inspecting'];
export const closingStatuses: readonly CaseStatus[] = ['confirmed_theft', 'contract_violation', 'cleared'];

const allowed: Record<CaseStatus, readonly CaseStatus[]> = {
  to_inspect: ['inspecting'],
  inspecting: closingStatuses,
  confirmed_theft: ['inspecting'],
  contract_violation: ['inspecting'],
  cleared: ['inspecting'],
};

export function canMove(from: CaseStatus, to: CaseStatus): boolean {
  return allowed[from].includes(to);
}

/** The statuses a case in `from` may move to. */
export function nextStatuses(from: CaseStatus): readonly CaseStatus[] {
  return allowed[from];
}

export function isClosed(status: CaseStatus): boolean {
  return closingStatuses.includes(status);
}

/** Moving a closed case back to inspecting. */
export function isReopening(from: CaseStatus, to: CaseStatus): boolean {
  return isClosed(from) && to === 'inspecting';
}
