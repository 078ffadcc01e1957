// Reports on the worker side: saved definitions (list, get; save and delete are jobs: they
// write), the templates, the preview's content (a query) and the export to PDF or Excel (a job).
import type { ReportSpec } from '../api/reportsTypes.js';
import { reportContent } from '../reports/content.js';
import { exportReport } from '../reports/export.js';
import { deleteReport, getReport, listReports, saveReport } from '../reports/store.js';
import { reportTemplates } from '../reports/templates.js';
import type { Db } from '../store/database.js';
import { auditExport } from '../audit/exported.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

const specOf = (db: Db, args: { reportId: number } | { spec: ReportSpec }): ReportSpec => ('spec' in args ? args.spec : getReport(db, args.reportId).spec);

export const reportsQueries: Pick<QueryHandlers, 'reports.list' | 'reports.get' | 'reports.templates' | 'reports.preview'> = {
  'reports.list': (ctx) => listReports(ctx.db()),
  'reports.get': (ctx, { reportId }) => getReport(ctx.db(), reportId),
  'reports.templates': (ctx, { language, month }) => reportTemplates(ctx.db(), language, month),
  'reports.preview': (ctx, args) => reportContent(ctx.db(), specOf(ctx.db(), args)),
};

export const reportsJobs: Pick<JobHandlers, 'reports.save' | 'reports.delete' | 'reports.export'> = {
  'reports.save': (ctx, args) => {
    const saved = saveReport(ctx.db(), args, ctx.actor.name);
    ctx.log(`report ${saved.reportId} '${saved.name}' saved by ${ctx.actor.name}`);
    return saved;
  },
  'reports.delete': (ctx, { reportId }) => {
    const deleted = deleteReport(ctx.db(), reportId);
    if (deleted) ctx.log(`report ${reportId} deleted by ${ctx.actor.name}`);
    return { reportId, deleted };
  },
  'reports.export': async (ctx, args) => {
    const { format, path, overwrite } = args;
    const spec = specOf(ctx.db(), args);
    ctx.progress(0, `report '${spec.title}' to ${format}`);
    const written = await exportReport(ctx.db(), spec, {
      format,
      path,
      overwrite,
      folder: ctx.exportsDir,
      progress: (fraction, message) => ctx.progress(fraction, message),
      throwIfCancelled: () => ctx.throwIfCancelled(),
    });
    ctx.log(`report '${spec.title}': ${written.fileName} (${written.parts} ${format === 'pdf' ? 'pages' : 'sheets'}, ${written.bytes} bytes)`);
    // Reports hold figures by area, category and month: no personal data.
    auditExport(ctx, { method: 'reports.export', path: written.path, unmasked: false, detail: { format, title: spec.title } });
    return written;
  },
};
