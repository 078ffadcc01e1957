import { z } from 'zod';
import { method, type JobHandle } from '../method.js';
import { isoDay } from '../isoDates.js';
import { profileDayKinds, type CustomerSegment, type SegmentClusters, type SegmentCustomersPage, type SegmentRunInfo } from '../segmentsTypes.js';
import { MAX_PATH_LENGTH } from '../filePath.js';

const runId = z.number().int().min(1);
/** A usage category; null for meters without an archive. */
const category = z.string().max(40).nullable();

export const segmentsMethods = {
  /**
   * Segment every customer with interval curves by the shape of its mean day, per usage category,
   * and save the run; or, given `out`, write customer,cluster,cluster_name to that CSV instead
   * (the CLI) and save nothing.
   */
  'segments.run': method<JobHandle>()(
    'job',
    z
      .object({
        /** The profile window's last day (default: the last day with curves). */
        toDay: isoDay.optional(),
        windowDays: z.number().int().min(7).max(730).default(90),
        days: z.enum(profileDayKinds).default('weekdays'),
        /** Customers with fewer complete days in the window are left out (and counted). */
        minDays: z.number().int().min(1).max(365).default(10),
        /** The k range the silhouette chooses from. */
        kMin: z.number().int().min(2).max(12).default(2),
        kMax: z.number().int().min(2).max(12).default(8),
        /** One fixed k for every category instead of the criterion's choice (fixedK's entries win). */
        k: z.number().int().min(1).max(12).optional(),
        /** A fixed k for these categories instead of the criterion's choice. */
        fixedK: z.array(z.object({ category, k: z.number().int().min(1).max(12) }).strict()).max(20).default([]),
        seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
        out: z.string().min(1).max(MAX_PATH_LENGTH).optional(),
      })
      .strict()
      .refine((a) => a.kMin <= a.kMax, { error: 'kMin must not exceed kMax', path: ['kMin'] }),
  ),
  /** Saved runs, newest first. */
  'segments.runs': method<SegmentRunInfo[]>()('query', z.object({ limit: z.number().int().min(1).max(500).default(50) }).strict()),
  /** A run's categories (default: the latest run): k, the silhouette per k, the clusters with centroids and sizes. */
  'segments.clusters': method<SegmentClusters>()('query', z.object({ runId: runId.optional() }).strict()),
  /** A page of a run's customers (default: the latest run), of one category and cluster when given, most typical first. */
  'segments.customers': method<SegmentCustomersPage>()(
    'query',
    z
      .object({
        runId: runId.optional(),
        category: category.optional(),
        cluster: z.number().int().min(0).optional(),
        /** A customer number prefix. */
        search: z.string().trim().max(100).optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
  ),
  /** One customer's segment in a run (default: the latest), with its profile beside the centroid; null when not segmented. */
  'segments.customer': method<CustomerSegment | null>()('query', z.object({ runId: runId.optional(), customerId: z.string().min(1).max(100) }).strict()),
};
