// The audit log as the API shows it: who did what to what, when, and whether the chain of
// entries still holds (engine/audit).
import type { Actor, Role } from './types.js';

/**
 * What an entry records. Each has words in the locales (audit.actions.*): add an action there
 * when you record a new one.
 */
export const auditActions = [
  'import', // a file imported: kind, rows imported, updated, quarantined
  'export', // a file written out of the workspace: what, where, rows, whether personal data was unmasked
  'unmask', // personal data shown unmasked on purpose: the method, the customer or page, the fields
  'case_change', // a theft case opened, moved, noted, given a file
  'override', // a forecast edited, a risk grade adjusted, a theft outcome recorded
  'profile_change', // a user profile added, changed, disabled; a role changed
  'passphrase_change', // the workspace's encryption passphrase set, changed or removed
  'backup', // a backup written (and verified)
  'restore', // a workspace restored from a backup
  'schedule_change', // a scheduled job added, changed, removed
] as const;
export type AuditAction = (typeof auditActions)[number];

/** Detail of an entry: plain JSON (numbers, text, booleans, lists and objects of them). */
export type AuditDetail = { [key: string]: AuditValue };
export type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue };

/** One entry of the log. */
export interface AuditEntry {
  seq: number;
  /** ISO timestamp (UTC) of what it records. */
  at: string;
  actor: string;
  role: Role | null;
  action: AuditAction;
  subject: string | null;
  detail: AuditDetail;
  hash: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Entries matching the filters (all pages). */
  total: number;
}

/** Why an entry breaks the chain. */
export type AuditBreak =
  /** The entry is not what was written: its hash does not match its contents. */
  | 'hash'
  /** The entry does not follow the one before it: its recorded previous hash is another's. */
  | 'link'
  /** An entry is missing before this one (deleted), or the numbers run out of order. */
  | 'sequence gap'
  /**
   * The log does not end where the workspace recorded its newest entry (the meta's audit.head):
   * entries were cut off the end, or added or rewritten there outside the app.
   */
  | 'end';

export interface AuditVerifyResult {
  ok: boolean;
  /** Entries checked. */
  entries: number;
  /** The first entry that breaks the chain (`at` and `action` as the entry says, null when it is gone). */
  firstBroken?: { seq: number; at: string | null; action: string | null; reason: AuditBreak };
}

/** What a handler asks to have recorded (the actor is the call's). */
export interface AuditNote {
  action: AuditAction;
  subject: string | null;
  detail: AuditDetail;
}

/** An entry not yet written: what happened, by whom, when (ISO; the time it is written when absent). */
export interface AuditDraft extends AuditNote {
  actor: Actor;
  at?: string;
}
