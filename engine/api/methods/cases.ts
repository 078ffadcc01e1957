import { z } from 'zod';
import { method, type JobHandle } from '../method.js';
import { isoDay } from '../isoDates.js';
import { caseStatuses, type CaseDetail, type CaseEvidence, type CaseList, type HitRate } from '../casesTypes.js';
import { MAX_PATH_LENGTH } from '../filePath.js';

const caseId = z.number().int().min(1);
const customerId = z.string().trim().min(1).max(64);
/** Who makes the change, as the history records it; default: the OS user running the engine. */
const user = z.string().trim().min(1).max(80).optional();
const text = (max: number) => z.string().trim().min(1).max(max);

export const casesMethods = {
  /** Open a case for a customer (a job: it writes), from the latest score run that scored it or the run named. */
  'cases.open': method<JobHandle>()(
    'job',
    z
      .object({
        customerId,
        runId: z.number().int().min(1).optional(),
        /** The day the theft began, when the auditor knows better than the detector. */
        changeDay: isoDay.optional(),
        assignee: text(80).optional(),
        dueDay: isoDay.optional(),
        user,
      })
      .strict(),
  ),
  /** Change a case's status, assignee, dates, findings or back-billing figures; reopening needs a reason. */
  'cases.update': method<JobHandle>()(
    'job',
    z
      .object({
        caseId,
        status: z.enum(caseStatuses).optional(),
        assignee: text(80).nullable().optional(),
        dueDay: isoDay.nullable().optional(),
        inspectionDay: isoDay.nullable().optional(),
        findings: z.string().trim().max(10_000).nullable().optional(),
        /** The auditor's figures (yuan default: the kWh at the estimate's price); null goes back to the estimate. */
        adjustment: z
          .object({ kwh: z.number().finite().min(0), yuan: z.number().finite().min(0).optional(), reason: text(1000) })
          .strict()
          .nullable()
          .optional(),
        reason: z.string().trim().max(1000).optional(),
        user,
      })
      .strict(),
  ),
  'cases.note': method<JobHandle>()('job', z.object({ caseId, text: text(10_000), user }).strict()),
  /** Attach a file (a path on this computer; the web host uploads it first) of at most 20 MB. */
  'cases.attach': method<JobHandle>()(
    'job',
    z.object({ caseId, path: z.string().min(1).max(MAX_PATH_LENGTH), name: z.string().trim().min(1).max(255).optional(), user }).strict(),
  ),
  /** Write an attachment's bytes to a file (a job, like exports): the path given, else the exports folder. */
  'cases.file': method<JobHandle>()('job', z.object({ fileId: z.number().int().min(1), path: z.string().min(1).max(MAX_PATH_LENGTH).optional(), overwrite: z.boolean().optional() }).strict()),
  /** The case's evidence pack as an A4 PDF (a job, like exports): the path given, else a new file in the exports folder. */
  'cases.pack': method<JobHandle>()(
    'job',
    z.object({ caseId, language: z.enum(['zh-CN', 'en']), path: z.string().min(1).max(MAX_PATH_LENGTH).optional(), overwrite: z.boolean().optional() }).strict(),
  ),
  'cases.list': method<CaseList>()(
    'query',
    z
      .object({
        status: z.array(z.enum(caseStatuses)).max(caseStatuses.length).optional(),
        assignee: z.string().max(80).optional(),
        areaId: z.string().max(100).optional(),
        customerId: z.string().max(100).optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
  ),
  /** A case with its history, notes and the list of its files. */
  'cases.get': method<CaseDetail>()('query', z.object({ caseId }).strict()),
  /** The case page's charts and lists for a customer: daily energy and peer band, area loss, events, bills. */
  'cases.evidence': method<CaseEvidence>()('query', z.object({ customerId, from: isoDay.optional(), to: isoDay.optional() }).strict()),
  /** Confirmed / inspected of closed cases, by month and by the indicator reasons they were opened with. */
  'cases.hitRate': method<HitRate>()('query', z.object({ from: isoDay.optional(), to: isoDay.optional() }).strict()),
};

