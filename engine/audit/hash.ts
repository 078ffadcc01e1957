// An entry's hash: sha256 over the canonical text of every field and the hash of the entry
// before it, so that changing, removing or reordering an entry breaks every link after it.
import { createHash } from 'node:crypto';
import type { AuditDetail } from '../api/auditTypes.js';
import { canonicalJson } from './canonical.js';

/** What the hash covers: the entry as stored, and the previous entry's hash ('' for the first). */
export interface HashedFields {
  seq: number;
  at: string;
  actor: string;
  role: string | null;
  action: string;
  subject: string | null;
  detail: AuditDetail;
  prevHash: string;
}

export function entryHash(fields: HashedFields): string {
  const { seq, at, actor, role, action, subject, detail, prevHash } = fields;
  const text = canonicalJson({ seq, at, actor, role, action, subject, detail, prev_hash: prevHash });
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
