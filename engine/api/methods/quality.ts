import { z } from 'zod';
import { method, type JobHandle } from '../method.js';
import { qualityCodes, qualitySorts, type QualityRowsPage, type QualitySummary } from '../qualityTypes.js';
import { dataKinds } from '../types.js';

export const qualityMethods = {
  /**
   * Checks every kind of data for missing values, duplicates, outliers and unmatched records
   * and keeps the findings as the workspace's latest check (a job, with progress and Cancel).
   */
  'quality.check': method<JobHandle>()(
    'job',
    z
      .object({
        /** A day is an outlier beyond its meter's median ± madK × MAD. */
        madK: z.number().min(2).max(20).default(6),
        /** Load above contract capacity × this cannot be metered right. */
        capacityFactor: z.number().min(1).max(10).default(1.5),
      })
      .strict(),
  ),
  /** The latest check's figures per kind and code (run null before any check). */
  'quality.summary': method<QualitySummary>()('query', z.object({}).strict()),
  /** A page of one figure's findings, sorted. */
  'quality.rows': method<QualityRowsPage>()(
    'query',
    z
      .object({
        kind: z.enum(dataKinds),
        code: z.enum(qualityCodes),
        sort: z.enum(qualitySorts).default('entity'),
        descending: z.boolean().default(false),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
  ),
  /** One figure's findings (or every one kept) to Excel or CSV (a job); like theft.export for path and overwrite. */
  'quality.export': method<JobHandle>()(
    'job',
    z
      .object({
        kind: z.enum(dataKinds).optional(),
        code: z.enum(qualityCodes).optional(),
        format: z.enum(['csv', 'xlsx']),
        language: z.enum(['zh-CN', 'en']).optional(),
        path: z.string().min(1).max(4096).optional(),
        overwrite: z.boolean().optional(),
      })
      .strict(),
  ),
};
