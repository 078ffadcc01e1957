import { z } from 'zod';
import { method, type JobHandle } from '../method.js';
import { riskGrades } from '../riskModelTypes.js';
import {
  recommendationSorts,
  type Customer360,
  type CustomerSearchPage,
  type RecommendationsPage,
  type TargetListInfo,
  type TargetListMembersPage,
} from '../customersTypes.js';
import { MAX_PATH_LENGTH } from '../filePath.js';

const customerId = z.string().min(1).max(100);
const listId = z.number().int().min(1);
/** [from, to) clock hours; a range over midnight is written as two ([22, 24] and [0, 8]). */
const hourRanges = z
  .array(
    z
      .tuple([z.number().int().min(0).max(23), z.number().int().min(1).max(24)])
      .refine(([from, to]) => from < to, { error: 'An hour range runs from an earlier hour to a later one: write one over midnight as two, [22, 24] and [0, 8]' }),
  )
  .max(12);

/** Time-of-use prices and hours for every category; omitted: each category's own from prices.json. */
const touPrices = z
  .object({
    peak: z.number().min(0).max(100),
    flat: z.number().min(0).max(100),
    valley: z.number().min(0).max(100),
    peakHours: hourRanges,
    valleyHours: hourRanges,
  })
  .strict();

const recommendationFilter = {
  category: z.string().max(40).optional(),
  areaId: z.string().max(100).optional(),
  /** A cluster name of the latest segmentation run. */
  segment: z.string().max(100).optional(),
  /** A sensitive-customer tag (customer_tags). */
  tag: z.string().max(60).optional(),
  minSavingYuan: z.number().optional(),
};

const recommendationScenario = {
  prices: touPrices.optional(),
  /** Share of peak-hour energy moved to valley hours in the shift scenario. */
  shiftShare: z.number().min(0).max(1).default(0.2),
};

const listFilters = z
  .object({
    tags: z.array(z.string().min(1).max(60)).max(50).optional(),
    segments: z.array(z.string().min(1).max(100)).max(50).optional(),
    riskGrades: z.array(z.enum(riskGrades)).max(5).optional(),
    minSavingYuan: z.number().optional(),
    category: z.string().max(40).optional(),
    areaId: z.string().max(100).optional(),
  })
  .strict();

export const customersMethods = {
  /**
   * Customers whose number starts with the text (and, when unmasked, whose name or phone does),
   * filtered by category and area; personal fields masked unless `unmask` is asked on purpose.
   */
  'customers.search': method<CustomerSearchPage>()(
    'query',
    z
      .object({
        search: z.string().trim().max(100).optional(),
        category: z.string().max(40).optional(),
        areaId: z.string().max(100).optional(),
        unmask: z.boolean().default(false),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
  ),
  /** The customer 360: archive (masked unless `unmask`), consumption, bills, tickets and every score. */
  'customers.get': method<Customer360>()('query', z.object({ customerId, unmask: z.boolean().default(false) }).strict()),
  /** A page of customers with curves and their time-of-use savings, demand-response potential and peer percentile. */
  'customers.recommendations': method<RecommendationsPage>()(
    'query',
    z
      .object({
        ...recommendationFilter,
        ...recommendationScenario,
        sort: z.enum(recommendationSorts).default('saving'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
  ),
  /** Draw a target list with the filters and save it with its members and the reason each is on it. */
  'customers.saveList': method<JobHandle>()(
    'job',
    z.object({ name: z.string().trim().min(1).max(200), filters: listFilters, ...recommendationScenario }).strict(),
  ),
  /** Delete a saved target list with its members (a job: it writes). */
  'customers.deleteList': method<JobHandle>()('job', z.object({ listId }).strict()),
  /** Saved target lists, newest first. */
  'customers.lists': method<TargetListInfo[]>()('query', z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict()),
  /** A page of a saved list's members (names masked). */
  'customers.listMembers': method<TargetListMembersPage>()(
    'query',
    z.object({ listId, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(100) }).strict(),
  ),
  /** A saved list to CSV or Excel with masked names and the reason each customer is on it (like risk.export for path and overwrite). */
  'customers.exportList': method<JobHandle>()(
    'job',
    z
      .object({
        listId,
        format: z.enum(['csv', 'xlsx']),
        language: z.enum(['zh-CN', 'en']).optional(),
        path: z.string().min(1).max(MAX_PATH_LENGTH).optional(),
        overwrite: z.boolean().optional(),
      })
      .strict(),
  ),
};
