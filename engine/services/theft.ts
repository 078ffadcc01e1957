// Theft detection on the worker side: the score job (a saved run, or the CLI's CSV) and the
// queries the Theft page reads saved runs with.
import fs from 'node:fs';
import path from 'node:path';
import { nowIso, parseIsoDay } from '../core/calendar.js';
import { scoresCsv } from '../theft/csv.js';
import { exportSuspects } from '../theft/export/exportSuspects.js';
import { listScoreRuns, runInfo, saveScoreRun, suspectDetail, suspectsPage } from '../theft/runStore.js';
import { modelView } from '../theft/modelView.js';
import { scoreWorkspace } from '../theft/scoreWorkspace.js';
import { givenArgs } from '../audit/audited.js';
import { auditExport } from '../audit/exported.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

export const theftQueries: Pick<QueryHandlers, 'theft.runs' | 'theft.suspects' | 'theft.suspect' | 'theft.model'> = {
  'theft.runs': (ctx, { limit }) => listScoreRuns(ctx.db(), limit),
  'theft.suspects': (ctx, args) => suspectsPage(ctx.db(), args),
  'theft.suspect': (ctx, { runId, customerId }) => suspectDetail(ctx.db(), runId, customerId),
  'theft.model': (ctx, { runId }) => modelView(ctx.db(), runId),
};

export const theftJobs: Pick<JobHandlers, 'theft.score' | 'theft.export'> = {
  'theft.score': (ctx, { asOf, out }) => {
    const result = scoreWorkspace(ctx.db(), {
      ...(asOf !== undefined ? { asOf: parseIsoDay(asOf) } : {}),
      progress: (fraction, message) => {
        ctx.throwIfCancelled();
        ctx.progress(fraction * 0.95, message);
      },
    });
    ctx.log(`${result.units} scored as of ${result.asOf} in ${result.detail.seconds} s (${result.detail.model.kind}, ${result.labels} labels)`);
    if (out !== undefined) {
      const file = path.resolve(out);
      fs.writeFileSync(file, scoresCsv(result));
      auditExport(ctx, { method: 'theft.score', path: file, rows: result.units, unmasked: false, detail: { asOf: result.asOf } });
      return runInfo(result, null, nowIso(), file);
    }
    const info = saveScoreRun(ctx.db(), result);
    ctx.log(`saved as theft score run ${info.runId}`);
    return info;
  },
  'theft.export': async (ctx, { format, language, path: file, overwrite, ...filter }) => {
    const written = await exportSuspects(ctx.db(), { ...filter, format, language, path: file, overwrite, folder: ctx.exportsDir }, {
      throwIfCancelled: () => ctx.throwIfCancelled(),
      progress: (done, total) => ctx.progress(total === 0 ? 1 : done / total, `${done} of ${total} suspects`, { done, total }),
    });
    auditExport(ctx, { method: 'theft.export', path: written.path, unmasked: filter.unmask, detail: { format, ...givenArgs(filter, ['unmask']) } });
    return written;
  },
};
