// An auditor's note on a case; notes are never edited (a correction is another note).
import type { CaseNote } from '../../api/casesTypes.js';
import type { Db } from '../../store/database.js';
import { appendHistory, whoIs } from './history.js';
import { caseRow } from './rows.js';

export function addNote(db: Db, caseId: number, text: string, user?: string, now = new Date().toISOString()): CaseNote {
  const who = whoIs(user);
  return db.transaction(() => {
    caseRow(db, caseId);
    const noteId = Number(db.prepare('INSERT INTO theft_case_notes (case_id, at, who, text) VALUES (?, ?, ?, ?)').run(caseId, now, who, text).lastInsertRowid);
    appendHistory(db, caseId, now, who, 'note', { noteId, text });
    db.prepare('UPDATE theft_cases SET updated_at = ? WHERE case_id = ?').run(now, caseId);
    return { noteId, at: now, who, text };
  })();
}
