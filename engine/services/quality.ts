// Data quality on the worker side: the check job, its summary and drill-down, the export.
import { auditExport } from '../audit/exported.js';
import { exportQuality } from '../quality/export.js';
import { runQualityCheck } from '../quality/run.js';
import { qualityRows, qualitySummary } from '../quality/store.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

export const qualityQueries: Pick<QueryHandlers, 'quality.summary' | 'quality.rows'> = {
  'quality.summary': (ctx) => qualitySummary(ctx.db()),
  'quality.rows': (ctx, args) => qualityRows(ctx.db(), args),
};

export const qualityJobs: Pick<JobHandlers, 'quality.check' | 'quality.export'> = {
  'quality.check': (ctx, options) => {
    const info = runQualityCheck(ctx.db(), options, ctx.actor.name, {
      progress: (fraction, message) => ctx.progress(fraction, message),
      throwIfCancelled: () => ctx.throwIfCancelled(),
    });
    ctx.log(`${info.findings} findings in ${info.seconds} s`);
    return info;
  },
  'quality.export': async (ctx, { path, overwrite, ...args }) => {
    const result = await exportQuality(ctx.db(), { ...args, path, overwrite, folder: ctx.exportsDir }, {
      throwIfCancelled: () => ctx.throwIfCancelled(),
      progress: (done, total) => ctx.progress(total === 0 ? 1 : done / total, `${done} of ${total} findings`, { done, total }),
    });
    // Shared ID numbers and phones are written masked: nothing personal goes out unmasked.
    auditExport(ctx, { method: 'quality.export', path: result.path, rows: result.rows, unmasked: false, detail: { format: args.format, kind: args.kind ?? null, code: args.code ?? null } });
    return result;
  },
};
