import { z } from 'zod';
import { method, type JobHandle } from '../method.js';
import { dataKinds } from '../types.js';
import type { ImportPreview, ImportRecord, KindSpecInfo, MappingTemplate, QuarantineRow } from '../importTypes.js';

const path = z.string().min(1, 'A file path is required');
const kind = z.enum(dataKinds);

export const importOptionsSchema = z
  .object({
    unit: z.enum(['kW', 'kWh']).optional(),
    timeLabel: z.enum(['start', 'end']).optional(),
    intervalMinutes: z.union([z.literal(15), z.literal(30), z.literal(60)]).optional(),
    headerRow: z.number().int().min(0).max(1000).optional(),
    sheet: z.string().min(1).optional(),
    encoding: z.enum(['utf-8', 'gb18030', 'utf-16le', 'utf-16be']).optional(),
    meter: z.string().trim().min(1).max(100).optional(),
  })
  .strict();

export const mappingSpecSchema = z
  .object({
    /** Header text or 0-based column index; null: do not import the field (no detection for it). */
    fields: z.record(z.string(), z.union([z.string(), z.number().int().min(0), z.null()])),
    options: importOptionsSchema.optional(),
  })
  .strict();

export const importMethods = {
  /** Field specifications of every kind, for the mapping editor. */
  'import.kinds': method<KindSpecInfo[]>()('query', z.object({}).strict()),
  'import.preview': method<ImportPreview>()(
    'query',
    z.object({ path, kind: kind.optional(), mapping: mappingSpecSchema.optional() }).strict(),
  ),
  /** Import one file in one transaction (a job); the result is an ImportFileResult. */
  'import.run': method<JobHandle>()(
    'job',
    z.object({ path, kind, mapping: mappingSpecSchema.optional() }).strict(),
  ),
  'import.history': method<ImportRecord[]>()('query', z.object({ limit: z.number().int().min(1).max(10_000).default(200) }).strict()),
  'import.quarantine': method<{ total: number; headers: string[]; rows: QuarantineRow[] }>()(
    'query',
    z
      .object({
        importId: z.number().int().min(1),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(5000).default(200),
        /** Show the personal cells (a customers file's name, address, phone, ID number) as they are: recorded in the audit log. */
        unmask: z.boolean().default(false),
      })
      .strict(),
  ),
  /**
   * Write an import's quarantined rows to an Excel file (a job); the result is {path}. Without
   * a path, a new file in the app's exports folder. An existing file at `path` is refused
   * unless `overwrite` is true (a native save dialog has asked the user). `language` is the
   * one the reasons and the sheet's name are written in (English when absent).
   */
  'import.exportQuarantine': method<JobHandle>()(
    'job',
    z
      .object({
        importId: z.number().int().min(1),
        path: path.optional(),
        overwrite: z.boolean().optional(),
        language: z.enum(['zh-CN', 'en']).optional(),
        /** Write the personal cells as they are (to fix and import again): recorded in the audit log. */
        unmask: z.boolean().default(false),
      })
      .strict(),
  ),
  'templates.list': method<MappingTemplate[]>()('host', z.object({}).strict()),
  'templates.save': method<MappingTemplate[]>()(
    'host',
    z.object({ name: z.string().trim().min(1).max(80), kind, mapping: mappingSpecSchema }).strict(),
  ),
  'templates.delete': method<MappingTemplate[]>()('host', z.object({ name: z.string().min(1) }).strict()),
};
