import { z } from 'zod';
import { method, type JobHandle } from '../method.js';
import { isoDay } from '../isoDates.js';
import {
  fittedModels,
  modelChoices,
  resolutions,
  scopeKinds,
  type ForecastDataRange,
  type ForecastRun,
  type ForecastRunInfo,
  type ForecastScopes,
  type HolidayCalendarInfo,
} from '../forecastTypes.js';
import { MAX_PATH_LENGTH } from '../filePath.js';

/** 'all' or '<kind>:<id>' (see ForecastScopeOption.selector). */
export const scopeSelector = z
  .string()
  .trim()
  .regex(/^(all|(area|feeder|unit|category|industry|customer|meter):.+)$/, {
    error: "A scope is 'all' or one of area:<id>, feeder:<id>, unit:<id>, category:<name>, industry:<code>, customer:<no>, meter:<id>",
  });

/** A local time 'YYYY-MM-DDTHH:mm'. */
export const localStamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "A time is written 'YYYY-MM-DDTHH:mm'", abort: true })
  .refine((value) => isoDay.safeParse(value.slice(0, 10)).success && Number(value.slice(11, 13)) < 24 && Number(value.slice(14, 16)) < 60, {
    error: (issue) => `${String(issue.input)} is not a time in the calendar`,
  });

const runId = z.number().int().min(1);
const path = z.string().min(1).max(MAX_PATH_LENGTH);

export const forecastRunArgs = z
  .object({
    scope: scopeSelector,
    resolution: z.enum(resolutions).default('hour'),
    /** First interval's start; default: the interval after the last load the scope holds. */
    start: localStamp.optional(),
    horizonHours: z.number().int().min(1).max(336).default(24),
    model: z.enum(modelChoices).default('auto'),
    /** The fitted models to run and report (the chosen one is always run). Default: all. */
    models: z.array(z.enum(fittedModels)).min(1).max(fittedModels.length).optional(),
    /** Backtest origins before the start, every `originStepDays` days. */
    origins: z.number().int().min(1).max(104).default(8),
    originStepDays: z.number().int().min(1).max(28).default(7),
    /** Use this station's temperatures instead of choosing the one that backtests best. */
    station: z.string().min(1).max(100).optional(),
    scenario: z
      .object({
        shift: z.number().min(-20).max(20).optional(),
        /** A CSV or XLSX temperature forecast (time, temperature) for the horizon. */
        temperatureFile: path.optional(),
        baseRunId: runId.optional(),
      })
      .strict()
      .optional(),
    name: z.string().trim().min(1).max(120).optional(),
    /** Keep the run in the workspace (the Forecast page's list). The CLI does not. */
    save: z.boolean().default(true),
  })
  .strict();

export const forecastMethods = {
  /** Scopes that can be forecast, by kind, filtered by a search text. */
  'forecast.scopes': method<ForecastScopes>()(
    'query',
    z
      .object({
        kind: z.enum(scopeKinds).optional(),
        search: z.string().max(100).optional(),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
  ),
  'forecast.dataRange': method<ForecastDataRange>()('query', z.object({}).strict()),
  /** Fit, backtest and forecast one scope (a job); the result is the run. */
  'forecast.run': method<JobHandle>()('job', forecastRunArgs),
  /** Forecast every area (or feeder) in one job using all cores. */
  'forecast.batch': method<JobHandle>()(
    'job',
    z
      .object({
        level: z.enum(['area', 'feeder', 'unit']).default('area'),
        resolution: z.enum(resolutions).default('hour'),
        start: localStamp.optional(),
        horizonHours: z.number().int().min(1).max(336).default(24),
        model: z.enum(modelChoices).default('auto'),
        origins: z.number().int().min(1).max(52).default(4),
        name: z.string().trim().min(1).max(120).optional(),
      })
      .strict(),
  ),
  'forecast.runs': method<ForecastRunInfo[]>()(
    'query',
    z.object({ batchId: z.string().max(100).optional(), limit: z.number().int().min(1).max(5000).default(500) }).strict(),
  ),
  'forecast.get': method<ForecastRun>()('query', z.object({ runId }).strict()),
  /** Rename or delete a saved run, or set or clear an analyst's override of one interval (a job: it writes). */
  'forecast.edit': method<JobHandle>()(
    'job',
    z.discriminatedUnion('action', [
      z.object({ action: z.literal('rename'), runId, name: z.string().trim().min(1).max(120) }).strict(),
      z.object({ action: z.literal('delete'), runId }).strict(),
      z
        .object({
          action: z.literal('override'),
          runId,
          ts: localStamp,
          /** null clears the override. */
          value: z.number().finite().nullable(),
          reason: z.string().trim().max(500).default(''),
        })
        .strict()
        .refine((o) => o.value === null || o.reason.length > 0, { error: 'An override needs a reason', path: ['reason'] }),
    ]),
  ),
  /** Write a run to CSV or Excel (a job); like import.exportQuarantine for path and overwrite. */
  'forecast.export': method<JobHandle>()(
    'job',
    z
      .object({
        runId,
        format: z.enum(['csv', 'xlsx']),
        path: path.optional(),
        overwrite: z.boolean().optional(),
        language: z.enum(['zh-CN', 'en']).optional(),
      })
      .strict(),
  ),
  /** The holiday table forecasting uses: the built-in Chinese table or the workspace's own. */
  'forecast.calendar': method<HolidayCalendarInfo>()('query', z.object({}).strict()),
  /** Save the workspace's own holiday table, or go back to the built-in one (reset). */
  'forecast.saveCalendar': method<JobHandle>()(
    'job',
    z.union([
      z
        .object({
          entries: z
            .array(z.object({ day: isoDay, type: z.enum(['holiday', 'workday']), festival: z.string().trim().max(40).default('') }).strict())
            .max(20_000),
        })
        .strict(),
      z.object({ reset: z.literal(true) }).strict(),
    ]),
  ),
};
