import { z } from 'zod';
import { method, type JobHandle } from '../method.js';
import { isoDay } from '../isoDates.js';
import type { TheftModelView } from '../theftModelTypes.js';
import { suspectSorts, type TheftScoreRunInfo, type TheftSuspectDetail, type TheftSuspectsPage } from '../theftTypes.js';
import { MAX_PATH_LENGTH } from '../filePath.js';

const runId = z.number().int().min(1);

/** Which suspects of a run: the Theft page's filters. */
const suspectFilter = {
  runId: runId.optional(),
  /** A customer number prefix. */
  search: z.string().trim().max(100).optional(),
  category: z.string().max(40).optional(),
  areaId: z.string().max(100).optional(),
  /** Only suspects with this reason among theirs. */
  reason: z.string().max(40).optional(),
  minScore: z.number().min(0).max(1).optional(),
};

export const theftMethods = {
  /**
   * Score every customer for theft as of a day (default: the last day with consumption) and save
   * the run; or, given `out`, write the ranked list to that CSV instead (the CLI) and save nothing.
   */
  'theft.score': method<JobHandle>()(
    'job',
    z.object({ asOf: isoDay.optional(), out: z.string().min(1).max(MAX_PATH_LENGTH).optional() }).strict(),
  ),
  /** Saved score runs, newest first. */
  'theft.runs': method<TheftScoreRunInfo[]>()('query', z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict()),
  /** A page of a run's ranked suspects (default: the latest run), filtered and sorted. */
  'theft.suspects': method<TheftSuspectsPage>()(
    'query',
    z
      .object({
        ...suspectFilter,
        sort: z.enum(suspectSorts).default('rank'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
  ),
  /** A run's supervised model (default: the latest run): labels, weights, combination, outcomes recorded since. */
  'theft.model': method<TheftModelView>()('query', z.object({ runId: runId.optional() }).strict()),
  /** One customer's row of a run (default: the latest) with every indicator's value. */
  'theft.suspect': method<TheftSuspectDetail>()('query', z.object({ runId: runId.optional(), customerId: z.string().min(1).max(100) }).strict()),
  /**
   * Every suspect of a run (default: the latest) matching the filters, in rank order, to CSV or
   * Excel with its reasons in words of the language (a job); like forecast.export for path and overwrite.
   */
  'theft.export': method<JobHandle>()(
    'job',
    z
      .object({
        ...suspectFilter,
        format: z.enum(['csv', 'xlsx']),
        language: z.enum(['zh-CN', 'en']).optional(),
        path: z.string().min(1).max(MAX_PATH_LENGTH).optional(),
        overwrite: z.boolean().optional(),
        /** Full customer names instead of masked ones: recorded in the audit log as an unmasked export. */
        unmask: z.boolean().default(false),
      })
      .strict(),
  ),
};
