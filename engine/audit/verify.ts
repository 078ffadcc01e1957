// Checks the audit log's chain from its first entry to its last, and the last against the head
// the workspace's meta recorded. What it finds: an entry changed outside the app (its hash), an
// entry deleted from the middle (a gap in the numbers, a broken link), entries reordered or
// swapped (their hashes cover their numbers and the entry before), entries cut off the end (the
// head in the meta names a later entry). What it cannot find: someone who rewrites the log and
// the meta together, recomputing every hash after the change (the hash is no signature: no
// secret is kept from whoever holds the file), or who cuts off the end and sets the meta back
// to match. A backup's manifest keeping the head (auditHead) is a copy out of their reach.
import type { AuditBreak, AuditDetail, AuditVerifyResult } from '../api/auditTypes.js';
import type { Db } from '../store/database.js';
import { auditHead } from './append.js';
import { entryHash } from './hash.js';

interface Row {
  seq: number;
  at: string;
  actor: string;
  role: string | null;
  action: string;
  subject: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

function parseDetail(text: string): AuditDetail | null {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as AuditDetail) : null;
  } catch {
    return null;
  }
}

/** The reason `row` breaks the chain after an entry numbered `expectedSeq - 1` hashed `prevHash`, or null. */
function breakOf(row: Row, expectedSeq: number, prevHash: string): AuditBreak | null {
  if (row.seq !== expectedSeq) return 'sequence gap';
  if (row.prev_hash !== prevHash) return 'link';
  const detail = parseDetail(row.detail);
  if (detail === null) return 'hash';
  const hash = entryHash({ seq: row.seq, at: row.at, actor: row.actor, role: row.role, action: row.action, subject: row.subject, detail, prevHash: row.prev_hash });
  return hash === row.hash ? null : 'hash';
}

export function verifyAuditChain(db: Db, onProgress?: (done: number) => void): AuditVerifyResult {
  let entries = 0;
  let last: Row | null = null;
  for (const row of db.prepare('SELECT seq, at, actor, role, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq').iterate() as IterableIterator<Row>) {
    const reason = breakOf(row, entries + 1, last?.hash ?? '');
    entries += 1;
    if (reason) return { ok: false, entries, firstBroken: { seq: row.seq, at: row.at, action: row.action, reason } };
    last = row;
    if (onProgress && entries % 10_000 === 0) onProgress(entries);
  }
  const head = auditHead(db);
  if (head.seq > entries) return { ok: false, entries, firstBroken: { seq: entries + 1, at: null, action: null, reason: 'end' } };
  if (head.seq < entries) {
    // Entries after the recorded head were added outside the app; the first of them is named.
    const row = db.prepare('SELECT at, action FROM audit_log WHERE seq = ?').get(head.seq + 1) as Pick<Row, 'at' | 'action'>;
    return { ok: false, entries, firstBroken: { seq: head.seq + 1, at: row.at, action: row.action, reason: 'end' } };
  }
  if (last && head.hash !== last.hash) return { ok: false, entries, firstBroken: { seq: last.seq, at: last.at, action: last.action, reason: 'end' } };
  return { ok: true, entries };
}
