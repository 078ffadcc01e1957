// A change and its audit entry in one transaction: both are kept, or neither (a change that
// fails leaves no entry; an entry that cannot be written undoes the change).
import type { AuditDetail, AuditNote } from '../api/auditTypes.js';
import type { JobContext } from '../services/context.js';
import { appendAudit } from './append.js';

export function audited<T>(ctx: Pick<JobContext, 'db' | 'actor'>, change: () => T, entry: (result: T) => AuditNote): T {
  const db = ctx.db();
  return db.transaction(() => {
    const result = change();
    const note = entry(result);
    appendAudit(db, ctx.actor, note.action, note.subject, note.detail);
    return result;
  })();
}

/** Call arguments as an entry's detail: the ones given (undefined dropped), without those named. */
export function givenArgs(args: object, leave: string[]): AuditDetail {
  return Object.fromEntries(Object.entries(args).filter(([key, value]) => value !== undefined && !leave.includes(key))) as AuditDetail;
}
