// Forecast methods on the worker side. Queries (scopes, data range, saved runs, the holiday
// table) only read, on the query worker's read-only connection. Jobs: a run (saved when asked,
// in the job's write turn), a batch over every area on all cores, edits of saved runs, exports,
// and the workspace's holiday table.
import { runBatch } from '../forecast/batch.js';
import { forecastDataRange } from '../forecast/dataRange.js';
import { exportRun } from '../forecast/export.js';
import { holidayCalendarInfo, saveHolidayTable } from '../forecast/holidayTable.js';
import { runForecast } from '../forecast/run.js';
import { deleteRun, getRun, listRuns, renameRun, saveRun, setOverride } from '../forecast/runStore.js';
import { listScopes } from '../forecast/scope.js';
import { audited } from '../audit/audited.js';
import { auditExport } from '../audit/exported.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

export const forecastQueries: Pick<QueryHandlers, 'forecast.scopes' | 'forecast.dataRange' | 'forecast.runs' | 'forecast.get' | 'forecast.calendar'> = {
  'forecast.scopes': (ctx, args) => listScopes(ctx.db(), args),
  'forecast.dataRange': (ctx) => forecastDataRange(ctx.db()),
  'forecast.runs': (ctx, args) => listRuns(ctx.db(), args),
  'forecast.get': (ctx, { runId }) => getRun(ctx.db(), runId),
  'forecast.calendar': (ctx) => holidayCalendarInfo(ctx.db()),
};

export const forecastJobs: Pick<JobHandlers, 'forecast.run' | 'forecast.batch' | 'forecast.edit' | 'forecast.export' | 'forecast.saveCalendar'> = {
  'forecast.run': async (ctx, args) => {
    const run = await runForecast(ctx.db(), args, ctx);
    if (!args.save) return run;
    ctx.throwIfCancelled();
    const runId = saveRun(ctx.db(), run);
    ctx.log(`saved as run ${runId} '${run.name}'`);
    return { ...run, runId };
  },
  'forecast.batch': (ctx, args) => runBatch(ctx, args),
  'forecast.edit': (ctx, args) => {
    const db = ctx.db();
    if (args.action === 'rename') renameRun(db, args.runId, args.name);
    else if (args.action === 'delete') deleteRun(db, args.runId);
    else {
      const { runId, ts, value, reason } = args;
      audited(
        ctx,
        () => setOverride(db, runId, ts, value, reason),
        () => ({ action: 'override', subject: `forecast run ${runId}`, detail: { method: 'forecast.edit', ts, value, reason } }),
      );
    }
    ctx.log(`run ${args.runId}: ${args.action}`);
    return { runId: args.runId, deleted: args.action === 'delete' };
  },
  'forecast.export': async (ctx, { runId, format, path, overwrite, language }) => {
    const written = await exportRun(getRun(ctx.db(), runId), { format, path, overwrite, language, folder: ctx.exportsDir });
    auditExport(ctx, { method: 'forecast.export', path: written.path, unmasked: false, detail: { runId, format } });
    return written;
  },
  'forecast.saveCalendar': (ctx, args) => saveHolidayTable(ctx.db(), 'reset' in args ? 'reset' : args.entries),
};
