import { z } from 'zod';
import { method, type JobHandle } from '../method.js';
import { isoMonth } from '../isoDates.js';
import { moduleCharts, type ReportContent, type ReportInfo, type ReportTemplate, type SavedReport } from '../reportsTypes.js';

const reportId = z.number().int().min(1);
const language = z.enum(['zh-CN', 'en']);

const section = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('kpis') }).strict(),
  z.object({ kind: z.literal('chart'), chart: z.enum(moduleCharts) }).strict(),
  z.object({ kind: z.literal('table'), chart: z.enum(moduleCharts) }).strict(),
  z.object({ kind: z.literal('view'), viewId: z.number().int().min(1) }).strict(),
  z.object({ kind: z.literal('text'), heading: z.string().trim().max(200), body: z.string().max(10_000) }).strict(),
]);

export const reportSpec = z
  .object({
    title: z.string().trim().min(1).max(200),
    language,
    period: z
      .object({ from: isoMonth, to: isoMonth })
      .strict()
      .refine((p) => p.from <= p.to, { error: 'The period starts after it ends: choose a start month before the end month' }),
    sections: z.array(section).max(60),
  })
  .strict();

/** A saved report by id, or a definition not saved (yet), with what else the method takes. */
const reportOrSpec = <T extends z.ZodRawShape>(extra: T) =>
  z.union([z.object({ reportId, ...extra }).strict(), z.object({ spec: reportSpec, ...extra }).strict()]);
const fileArgs = { format: z.enum(['pdf', 'xlsx']), path: z.string().min(1).optional(), overwrite: z.boolean().optional() };

export const reportsMethods = {
  'reports.list': method<ReportInfo[]>()('query', z.object({}).strict()),
  'reports.get': method<SavedReport>()('query', z.object({ reportId }).strict()),
  /** Save a new report (no reportId) or replace one's name and definition (a job: it writes); names are unique. */
  'reports.save': method<JobHandle>()('job', z.object({ reportId: reportId.optional(), name: z.string().trim().min(1).max(120), spec: reportSpec }).strict()),
  'reports.delete': method<JobHandle>()('job', z.object({ reportId }).strict()),
  /** The templates' definitions for a month (default: the latest month with data) in a language. */
  'reports.templates': method<ReportTemplate[]>()('query', z.object({ language, month: isoMonth.optional() }).strict()),
  /** The report's content computed from the workspace, as the preview shows it and the files hold it. */
  'reports.preview': method<ReportContent>()('query', reportOrSpec({})),
  /** Write the report as a PDF or an Excel workbook (a job, like exports): the path given, else a new file in the exports folder. */
  'reports.export': method<JobHandle>()('job', reportOrSpec(fileArgs)),
};
