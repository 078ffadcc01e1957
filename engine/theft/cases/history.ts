// The append-only history of a case: every change, who made it and when. The table's triggers
// refuse UPDATE and DELETE (store/migrations/m003_theft.ts); this is the one place that appends.
import { osUserName } from '../../core/osUser.js';
import type { CaseHistoryEntry } from '../../api/casesTypes.js';
import type { Db } from '../../store/database.js';

/** The user a change is recorded under: the name given in the call, else the OS account's. */
export function whoIs(user: string | undefined): string {
  const given = user?.trim();
  return given ? given : osUserName();
}

export function appendHistory(db: Db, caseId: number, at: string, who: string, action: CaseHistoryEntry['action'], detail: Record<string, unknown>): void {
  db.prepare('INSERT INTO theft_case_history (case_id, at, who, action, detail) VALUES (?, ?, ?, ?, ?)').run(caseId, at, who, action, JSON.stringify(detail));
}

export function caseHistory(db: Db, caseId: number): CaseHistoryEntry[] {
  const rows = db.prepare('SELECT entry_id, at, who, action, detail FROM theft_case_history WHERE case_id = ? ORDER BY entry_id').all(caseId) as {
    entry_id: number;
    at: string;
    who: string;
    action: CaseHistoryEntry['action'];
    detail: string;
  }[];
  return rows.map((r) => ({ entryId: r.entry_id, at: r.at, who: r.who, action: r.action, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}
