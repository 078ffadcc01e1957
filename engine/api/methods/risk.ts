import { z } from 'zod';
import { method, type JobHandle } from '../method.js';
import { isoDay } from '../isoDates.js';
import {
  riskDimensions,
  riskGrades,
  riskSorts,
  type RiskCustomersPage,
  type RiskDistribution,
  type RiskModelDetail,
  type RiskModelInfo,
  type RiskProfile,
  type RiskRunInfo,
  type RiskStability,
  type RiskTablePreview,
} from '../riskTypes.js';
import { MAX_PATH_LENGTH } from '../filePath.js';

const modelId = z.number().int().min(1);
const runId = z.number().int().min(1);
const customerId = z.string().trim().min(1).max(64);
const language = z.enum(['zh-CN', 'en']);
const scaling = z
  .object({ baseScore: z.number().finite().min(0).max(10_000), baseOdds: z.number().finite().gt(0).max(1e6), pdo: z.number().finite().gt(0).max(1000) })
  .strict();
const binEdit = z.union([
  z.object({ cuts: z.array(z.number().finite()).min(1).max(50) }).strict(),
  z.object({ groups: z.array(z.array(z.string().max(200)).min(1)).min(2).max(50) }).strict(),
]);
const trainOptions = {
  name: z.string().trim().min(1).max(120).optional(),
  scaling: scaling.optional(),
  /** The analyst's cuts or groups per feature (the scorecard view's bin editor). */
  binEdits: z.record(z.string().max(120), binEdit).optional(),
  exclude: z.array(z.string().max(120)).max(500).optional(),
};
const customerFilters = {
  runId: runId.optional(),
  /** A customer number prefix. */
  search: z.string().trim().max(100).optional(),
  grades: z.array(z.enum(riskGrades)).max(riskGrades.length).optional(),
  areaId: z.string().max(100).optional(),
  category: z.string().max(40).optional(),
  industry: z.string().max(100).optional(),
  /** Only customers with this feature among their reason codes. */
  reason: z.string().max(120).optional(),
  minProbability: z.number().min(0).max(1).optional(),
};
const exportTarget = { path: z.string().min(1).max(MAX_PATH_LENGTH).optional(), overwrite: z.boolean().optional() };

export const riskMethods = {
  /**
   * Train a scorecard and its challenger on the workspace's customers (features as of `asOf` minus
   * the horizon, target: serious arrears within the horizon), then score every customer as of
   * `asOf` (default: the last billing month) and the `history` month-ends before it, saving a run each.
   */
  'risk.train': method<JobHandle>()(
    'job',
    z
      .object({
        asOf: isoDay.optional(),
        horizonMonths: z.number().int().min(1).max(24).default(6),
        history: z.number().int().min(0).max(36).default(11),
        ...trainOptions,
      })
      .strict(),
  ),
  /**
   * Score every customer with a saved workspace model (default: the latest) as of a day (default:
   * the last billing month), saving a run; or, given `out`, write id,probability,score,grade,reasons
   * to that CSV and save nothing (the CLI), training a model in memory when the workspace has none.
   */
  'risk.score': method<JobHandle>()(
    'job',
    z.object({ modelId: modelId.optional(), asOf: isoDay.optional(), out: z.string().min(1).max(MAX_PATH_LENGTH).optional() }).strict(),
  ),
  /** Train on an analyst's own CSV (header row, a 0/1 target column); the model is saved with source 'table'. */
  'risk.trainTable': method<JobHandle>()(
    'job',
    z
      .object({ path: z.string().min(1).max(MAX_PATH_LENGTH), target: z.string().min(1).max(120), id: z.string().max(120).optional(), ...trainOptions })
      .strict(),
  ),
  /** Score an analyst's CSV (`input`) with a saved table model; writes id,probability,score,grade,reasons to `path` (else the exports folder). */
  'risk.scoreTable': method<JobHandle>()(
    'job',
    z.object({ modelId, input: z.string().min(1).max(MAX_PATH_LENGTH), path: z.string().min(1).max(MAX_PATH_LENGTH).optional(), overwrite: z.boolean().optional() }).strict(),
  ),
  /** The columns of an analyst's CSV, their inferred kinds and which could be a 0/1 target. */
  'risk.previewTable': method<RiskTablePreview>()('query', z.object({ path: z.string().min(1).max(MAX_PATH_LENGTH) }).strict()),
  /** Saved models, newest first. */
  'risk.models': method<RiskModelInfo[]>()('query', z.object({ source: z.enum(['workspace', 'table']).optional() }).strict()),
  /** A model's scorecard (bins, WOE, IV, points), challenger and validation report (default: the latest workspace model). */
  'risk.model': method<RiskModelDetail>()('query', z.object({ modelId: modelId.optional() }).strict()),
  'risk.deleteModel': method<JobHandle>()('job', z.object({ modelId }).strict()),
  /** Score runs over the workspace, newest first (the expected-loss trend reads them). */
  'risk.runs': method<RiskRunInfo[]>()('query', z.object({ modelId: modelId.optional(), limit: z.number().int().min(1).max(500).default(60) }).strict()),
  /** The collection priority list: a run's customers (default: the latest run), filtered and sorted. */
  'risk.customers': method<RiskCustomersPage>()(
    'query',
    z
      .object({
        ...customerFilters,
        sort: z.enum(riskSorts).default('expectedLoss'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
  ),
  /** One customer's risk profile: score history, reasons, feature values and points, adjustments, bills. */
  'risk.customer': method<RiskProfile>()('query', z.object({ customerId }).strict()),
  /** Move a customer's grade with a reason (kept in an append-only list; the latest applies). */
  'risk.adjust': method<JobHandle>()(
    'job',
    z.object({ customerId, grade: z.enum(riskGrades), reason: z.string().trim().min(1).max(1000), user: z.string().trim().min(1).max(80).optional() }).strict(),
  ),
  /** Scores and grades by area, industry or category, with the score histogram (default: the latest run). */
  'risk.distribution': method<RiskDistribution>()('query', z.object({ runId: runId.optional(), by: z.enum(riskDimensions) }).strict()),
  /** Population stability of the score and of each feature between two runs (default: the latest and the one a year before it, else the oldest). */
  'risk.stability': method<RiskStability>()('query', z.object({ baseRunId: runId.optional(), runId: runId.optional() }).strict()),
  /** The collection list (filters as risk.customers) to CSV or Excel, reason codes in words of `language`. */
  'risk.export': method<JobHandle>()(
    'job',
    z
      .object({
        ...customerFilters,
        sort: z.enum(riskSorts).default('expectedLoss'),
        format: z.enum(['csv', 'xlsx']),
        language,
        ...exportTarget,
        /** Full customer names instead of masked ones: recorded in the audit log as an unmasked export. */
        unmask: z.boolean().default(false),
      })
      .strict(),
  ),
};
