// Appends entries to the audit log, chained to the last one. Call it inside the transaction of
// the change it records: the entry and the change are kept or rolled back together. The newest
// entry's number and hash are also kept in the workspace's meta (audit.head), so that entries
// cut off the end of the log are found too (verify.ts says how far that goes).
import type { AuditAction, AuditDetail, AuditDraft } from '../api/auditTypes.js';
import type { Actor } from '../api/types.js';
import { getMeta, setMeta, type Db } from '../store/database.js';
import { canonicalJson } from './canonical.js';
import { entryHash } from './hash.js';

export const AUDIT_HEAD_KEY = 'audit.head';

/** The newest entry as the meta records it: its number and hash (0 and '' when none was written). */
export function auditHead(db: Db): { seq: number; hash: string } {
  const head = getMeta(db, AUDIT_HEAD_KEY);
  if (!head) return { seq: 0, hash: '' };
  const [seq, hash] = head.split(':');
  return { seq: Number(seq), hash: hash ?? '' };
}

/** Appends one entry; returns its number. */
export function appendAudit(db: Db, actor: Actor, action: AuditAction, subject: string | null, detail: AuditDetail): number {
  return appendAuditDrafts(db, [{ actor, action, subject, detail }]);
}

/** Appends the entries in order, in one transaction (nested in the caller's when it has one); returns the last number. */
export function appendAuditDrafts(db: Db, drafts: AuditDraft[]): number {
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare(
    'INSERT INTO audit_log (seq, at, actor, role, action, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return db.transaction(() => {
    const previous = last.get() as { seq: number; hash: string } | undefined;
    let seq = previous?.seq ?? 0;
    let prevHash = previous?.hash ?? '';
    for (const draft of drafts) {
      seq += 1;
      const at = draft.at ?? new Date().toISOString();
      const fields = { seq, at, actor: draft.actor.name, role: draft.actor.role, action: draft.action, subject: draft.subject, detail: draft.detail, prevHash };
      const hash = entryHash(fields);
      insert.run(seq, at, fields.actor, fields.role, draft.action, draft.subject, canonicalJson(draft.detail), prevHash, hash);
      prevHash = hash;
    }
    if (drafts.length > 0) setMeta(db, AUDIT_HEAD_KEY, `${seq}:${prevHash}`);
    return seq;
  })();
}
