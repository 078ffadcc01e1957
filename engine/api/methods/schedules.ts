import { z } from 'zod';
import { method, type JobHandle } from '../method.js';
import { dataKinds } from '../types.js';
import { mappingSpecSchema } from './importing.js';
import { resolutions } from '../forecastTypes.js';
import { scheduleCadences, type ScheduleInfo, type ScheduleRunInfo } from '../schedulesTypes.js';

const scheduleId = z.number().int().min(1);

/** What every schedule has: its name and when it runs. */
const when = {
  /** Absent: a new schedule. */
  scheduleId: scheduleId.optional(),
  name: z.string().trim().min(1, 'A schedule needs a name').max(80),
  cadence: z.enum(scheduleCadences),
  /** 1 = Monday … 7 = Sunday; a weekly schedule without one is refused in words by the save job. */
  weekday: z.number().int().min(1).max(7).nullable().default(null),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "A time of day is written 'HH:MM', 00:00 to 23:59" }),
  enabled: z.boolean().default(true),
};

/** A schedule: its task and the task's options. A folder that does not exist or a missing mapping is refused in words by the save job. */
export const scheduleSaveArgs = z.discriminatedUnion('task', [
  z
    .object({
      ...when,
      task: z.literal('import_folder'),
      options: z
        .object({ folder: z.string().max(1000), template: z.string().max(80), kind: z.enum(dataKinds), mapping: mappingSpecSchema.optional() })
        .strict(),
    })
    .strict(),
  z.object({ ...when, task: z.literal('risk_score'), options: z.object({}).strict().default({}) }).strict(),
  z.object({ ...when, task: z.literal('theft_score'), options: z.object({}).strict().default({}) }).strict(),
  z
    .object({
      ...when,
      task: z.literal('forecast_refresh'),
      options: z
        .object({
          level: z.enum(['area', 'feeder', 'unit']).default('area'),
          resolution: z.enum(resolutions).default('hour'),
          horizonHours: z.number().int().min(1).max(336).default(48),
        })
        .strict()
        .default({ level: 'area', resolution: 'hour', horizonHours: 48 }),
    })
    .strict(),
  z.object({ ...when, task: z.literal('backup'), options: z.object({ folder: z.string().max(1000) }).strict() }).strict(),
]);

export const schedulesMethods = {
  /** The open workspace's schedules with their next run and last run, by name. */
  'schedules.list': method<ScheduleInfo[]>()('query', z.object({}).strict()),
  /** Create a schedule or change one (a job: it writes); the result is the schedule. */
  'schedules.save': method<JobHandle>()('job', scheduleSaveArgs),
  /** Delete a schedule with its run history (a job: it writes). */
  'schedules.delete': method<JobHandle>()('job', z.object({ scheduleId }).strict()),
  /** Start a run of a schedule now, whether due or not (refused while one of it runs); the run goes on in the background. */
  'schedules.runNow': method<{ runId: number }>()('host', z.object({ scheduleId }).strict()),
  /** Runs, newest first (of one schedule or all), with their jobs' outcomes and the files a folder import took or failed on. */
  'schedules.runs': method<ScheduleRunInfo[]>()(
    'query',
    z.object({ scheduleId: scheduleId.optional(), limit: z.number().int().min(1).max(500).default(50) }).strict(),
  ),
};
