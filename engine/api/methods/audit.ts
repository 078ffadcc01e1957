import { z } from 'zod';
import { method, type JobHandle } from '../method.js';
import { isoDay } from '../isoDates.js';
import { auditActions, type AuditPage, type AuditVerifyResult } from '../auditTypes.js';

const filters = {
  actions: z.array(z.enum(auditActions)).max(auditActions.length).optional(),
  /** The actor's name, exactly. */
  actor: z.string().trim().min(1).max(80).optional(),
  /** Text the subject contains (a file, a case number, a customer number). */
  subject: z.string().trim().min(1).max(200).optional(),
  /** Days of the entries (UTC), inclusive. */
  from: isoDay.optional(),
  to: isoDay.optional(),
};

export const auditMethods = {
  /** A page of the audit log, newest first, filtered. */
  'audit.list': method<AuditPage>()(
    'query',
    z.object({ ...filters, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(100) }).strict(),
  ),
  /** The names entries were recorded under (the actor filter's choices). */
  'audit.actors': method<string[]>()('query', z.object({}).strict()),
  /** Checks the chain of hashes from the first entry to the newest: intact, or the first entry that breaks it. */
  'audit.verify': method<AuditVerifyResult>()('query', z.object({}).strict()),
  /** The entries matching the filters as a file (CSV or Excel): the path given, else a new file in the exports folder. */
  'audit.export': method<JobHandle>()(
    'job',
    z
      .object({ ...filters, format: z.enum(['csv', 'xlsx']), language: z.enum(['zh-CN', 'en']), path: z.string().min(1).optional(), overwrite: z.boolean().optional() })
      .strict(),
  ),
};
