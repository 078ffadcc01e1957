// Exports: every file written out of the workspace is recorded under the caller: which job wrote
// it, where, what it holds, and whether personal data went into it unmasked. Export jobs only
// read the workspace, so the entry is written with the job's history row (JobContext.audit);
// a job that cannot have it written fails (audit.not_recorded).
import type { AuditDetail } from '../api/auditTypes.js';
import type { JobContext } from '../services/context.js';

export interface ExportRecord {
  /** The job method that wrote it, e.g. 'theft.export'. */
  method: string;
  /** The file written. */
  path: string;
  /** Rows (or pages) written, when counted. */
  rows?: number | undefined;
  /** Whether personal data (name, address, phone, ID number) was written unmasked on purpose. */
  unmasked: boolean;
  /** What else identifies what it holds: a run, a case, a list, a format. */
  detail?: AuditDetail;
}

/** The one call every export job makes once its file is in place. */
export function auditExport(ctx: Pick<JobContext, 'audit'>, record: ExportRecord): void {
  const detail: AuditDetail = { method: record.method, unmasked: record.unmasked, ...record.detail };
  if (record.rows !== undefined) detail.rows = record.rows;
  ctx.audit({ action: 'export', subject: record.path, detail });
}
