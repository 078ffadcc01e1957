// Load-shape segmentation on the worker side: the run job (a saved run, or the CLI's CSV) and
// the queries the Customers page reads saved runs with.
import fs from 'node:fs';
import path from 'node:path';
import { nowIso, parseIsoDay } from '../core/calendar.js';
import { segmentsCsv } from '../segments/csv.js';
import { segmentWorkspace } from '../segments/run.js';
import { customerSegment, listRuns, membersPage, runClusters, runInfo, saveRun } from '../segments/runStore.js';
import { auditExport } from '../audit/exported.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

export const segmentsQueries: Pick<QueryHandlers, 'segments.runs' | 'segments.clusters' | 'segments.customers' | 'segments.customer'> = {
  'segments.runs': (ctx, { limit }) => listRuns(ctx.db(), limit),
  'segments.clusters': (ctx, { runId }) => runClusters(ctx.db(), runId),
  'segments.customers': (ctx, args) => membersPage(ctx.db(), args),
  'segments.customer': (ctx, { runId, customerId }) => customerSegment(ctx.db(), runId, customerId),
};

export const segmentsJobs: Pick<JobHandlers, 'segments.run'> = {
  'segments.run': (ctx, { toDay, out, ...options }) => {
    const result = segmentWorkspace(ctx.db(), {
      ...options,
      ...(toDay !== undefined ? { toDay: parseIsoDay(toDay) } : {}),
      progress: (fraction, message) => {
        ctx.throwIfCancelled();
        ctx.progress(fraction * 0.95, message);
      },
    });
    ctx.log(`${result.profiles.ids.length} profiles segmented in ${result.seconds} s (${result.profiles.skipped} with too few days left out)`);
    if (out !== undefined) {
      const file = path.resolve(out);
      fs.writeFileSync(file, segmentsCsv(result));
      auditExport(ctx, { method: 'segments.run', path: file, rows: result.profiles.ids.length, unmasked: false });
      return runInfo(result, null, nowIso(), file);
    }
    const info = saveRun(ctx.db(), result);
    ctx.log(`saved as segmentation run ${info.runId}`);
    return info;
  },
};
