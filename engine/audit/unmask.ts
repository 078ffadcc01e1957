// Unmaskings: personal data (name, address, phone, ID number) shown on purpose is recorded under
// the caller, with what was shown: the method, the customer or the page, the fields. Queries
// cannot write: the entry goes through the host, which writes it before the data is shown
// (QueryContext.audit).
import type { AuditDetail } from '../api/auditTypes.js';
import type { QueryContext } from '../services/context.js';

/** The personal fields of the archive, as the log names them. */
export const personalFields = ['name', 'address', 'phone', 'id_number'];

export interface Unmasking {
  /** The API method that showed it. */
  method: string;
  /** The customer, or what the page lists (a kind, a search). */
  subject: string;
  fields: string[];
  /** What else identifies what was shown: the page, its customers, the search. */
  detail?: AuditDetail;
}

export function auditUnmask(ctx: Pick<QueryContext, 'audit'>, unmasking: Unmasking): void {
  ctx.audit({ action: 'unmask', subject: unmasking.subject, detail: { method: unmasking.method, fields: unmasking.fields, ...unmasking.detail } });
}
