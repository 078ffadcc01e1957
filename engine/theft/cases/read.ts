// Reading cases: one with everything the case page shows, or a filtered page of them.
import type { CaseDetail, CaseFileInfo, CaseList, CaseNote, CaseStatus } from '../../api/casesTypes.js';
import { formatDay } from '../../core/calendar.js';
import type { Db } from '../../store/database.js';
import { caseHistory } from './history.js';
import { rulesEstimate } from './rulesEstimate.js';
import { adjustment, CASE_SELECT, caseRow, storedEstimate, toSummary, type CaseRow } from './rows.js';

export function getCase(db: Db, caseId: number): CaseDetail {
  const row = caseRow(db, caseId);
  const notes = db.prepare('SELECT note_id AS noteId, at, who, text FROM theft_case_notes WHERE case_id = ? ORDER BY note_id').all(caseId) as CaseNote[];
  const files = db
    .prepare('SELECT file_id AS fileId, name, type, size, sha256, at, who FROM theft_case_files WHERE case_id = ? ORDER BY file_id')
    .all(caseId) as CaseFileInfo[];
  return {
    ...toSummary(row),
    findings: row.findings,
    changeDay: row.change_day === null ? null : formatDay(row.change_day),
    estimate: storedEstimate(row),
    rulesEstimate: rulesEstimate(db, row.customer_id, row.category ?? 'other', row.change_day, row.inspection_day),
    adjustment: adjustment(row),
    history: caseHistory(db, caseId),
    notes,
    files,
  };
}

export interface CaseFilter {
  status?: CaseStatus[];
  assignee?: string;
  areaId?: string;
  customerId?: string;
  offset: number;
  limit: number;
}

/** Cases most recently changed first. */
export function listCases(db: Db, filter: CaseFilter): CaseList {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.status?.length) {
    where.push(`c.status IN (${filter.status.map(() => '?').join(', ')})`);
    params.push(...filter.status);
  }
  if (filter.assignee !== undefined) {
    where.push('c.assignee = ?');
    params.push(filter.assignee);
  }
  if (filter.areaId !== undefined) {
    where.push('u.area_id = ?');
    params.push(filter.areaId);
  }
  if (filter.customerId !== undefined) {
    where.push('c.customer_id = ?');
    params.push(filter.customerId);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = db
    .prepare(`SELECT COUNT(*) FROM theft_cases c LEFT JOIN customers u ON u.customer_id = c.customer_id ${clause}`)
    .pluck()
    .get(...params) as number;
  const rows = db.prepare(`${CASE_SELECT} ${clause} ORDER BY c.updated_at DESC, c.case_id DESC LIMIT ? OFFSET ?`).all(...params, filter.limit, filter.offset) as CaseRow[];
  return { total, rows: rows.map(toSummary) };
}
