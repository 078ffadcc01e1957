// The audit log on the worker side: its pages, its actors, the chain check (queries), and its
// export (a job, itself recorded as an export).
import { auditExport } from '../audit/exported.js';
import { exportAuditLog } from '../audit/exportLog.js';
import { auditActors, auditPage } from '../audit/list.js';
import { verifyAuditChain } from '../audit/verify.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

export const auditQueries: Pick<QueryHandlers, 'audit.list' | 'audit.actors' | 'audit.verify'> = {
  'audit.list': (ctx, { offset, limit, ...filter }) => auditPage(ctx.db(), filter, offset, limit),
  'audit.actors': (ctx) => auditActors(ctx.db()),
  'audit.verify': (ctx) => verifyAuditChain(ctx.db()),
};

export const auditJobs: Pick<JobHandlers, 'audit.export'> = {
  'audit.export': async (ctx, { path: file, overwrite, ...args }) => {
    const result = await exportAuditLog(ctx.db(), { ...args, path: file, overwrite, folder: ctx.exportsDir }, {
      throwIfCancelled: () => ctx.throwIfCancelled(),
      progress: (done, total) => ctx.progress(total === 0 ? 1 : done / total, `${done} of ${total} entries`, { done, total }),
    });
    auditExport(ctx, { method: 'audit.export', path: result.path, rows: result.rows, unmasked: false, detail: { format: args.format } });
    return result;
  },
};
