// A page of the audit log, newest first, filtered by action, actor, subject and days (UTC days
// of the entries' timestamps, inclusive).
import type { AuditAction, AuditDetail, AuditEntry, AuditPage } from '../api/auditTypes.js';
import type { Role } from '../api/types.js';
import type { Db } from '../store/database.js';

export interface AuditFilter {
  actions?: AuditAction[] | undefined;
  /** The actor's name, exactly. */
  actor?: string | undefined;
  /** Text the subject contains. */
  subject?: string | undefined;
  /** 'YYYY-MM-DD', inclusive. */
  from?: string | undefined;
  to?: string | undefined;
}

interface Row {
  seq: number;
  at: string;
  actor: string;
  role: Role | null;
  action: AuditAction;
  subject: string | null;
  detail: string;
  hash: string;
}

/** The WHERE clause and its parameters for a filter. */
export function auditWhere(filter: AuditFilter): { sql: string; params: (string | number)[] } {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  if (filter.actions && filter.actions.length > 0) {
    clauses.push(`action IN (${filter.actions.map(() => '?').join(', ')})`);
    params.push(...filter.actions);
  }
  if (filter.actor) {
    clauses.push('actor = ?');
    params.push(filter.actor);
  }
  if (filter.subject) {
    clauses.push("instr(lower(coalesce(subject, '')), lower(?)) > 0");
    params.push(filter.subject);
  }
  if (filter.from) {
    clauses.push('at >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    // Every timestamp of the day 'to' sorts before the day's text with a character above 'T'.
    clauses.push('at < ?');
    params.push(`${filter.to}~`);
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function toEntry(row: Row): AuditEntry {
  return { seq: row.seq, at: row.at, actor: row.actor, role: row.role, action: row.action, subject: row.subject, detail: JSON.parse(row.detail) as AuditDetail, hash: row.hash };
}

/** Every entry matching the filter, from the newest (the export's rows). */
export function* auditEntries(db: Db, filter: AuditFilter): Generator<AuditEntry> {
  const where = auditWhere(filter);
  const rows = db.prepare(`SELECT seq, at, actor, role, action, subject, detail, hash FROM audit_log ${where.sql} ORDER BY seq DESC`).iterate(...where.params) as IterableIterator<Row>;
  for (const row of rows) yield toEntry(row);
}

export function auditPage(db: Db, filter: AuditFilter, offset: number, limit: number): AuditPage {
  const where = auditWhere(filter);
  const rows = db
    .prepare(`SELECT seq, at, actor, role, action, subject, detail, hash FROM audit_log ${where.sql} ORDER BY seq DESC LIMIT ? OFFSET ?`)
    .all(...where.params, limit, offset) as Row[];
  const { total } = db.prepare(`SELECT count(*) AS total FROM audit_log ${where.sql}`).get(...where.params) as { total: number };
  return { entries: rows.map(toEntry), total };
}

/** The names entries were recorded under, for the actor filter. */
export function auditActors(db: Db): string[] {
  return (db.prepare('SELECT DISTINCT actor FROM audit_log ORDER BY actor').all() as { actor: string }[]).map((r) => r.actor);
}
