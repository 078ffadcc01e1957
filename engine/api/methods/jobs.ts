import { z } from 'zod';
import { method } from '../method.js';
import type { JobDetail, JobInfo } from '../types.js';

const id = z.string().min(1).max(100);

export const jobMethods = {
  /** Running jobs of this session and the open workspace's job history, newest first. */
  'jobs.list': method<JobInfo[]>()('host', z.object({ limit: z.number().int().min(1).max(1000).default(100) }).strict()),
  'jobs.get': method<JobDetail>()('host', z.object({ id }).strict()),
  'jobs.cancel': method<{ cancelled: boolean }>()('host', z.object({ id }).strict()),
};
