// The one API contract. Every host (Electron IPC, the loopback web host, the CLI)
// serves exactly these methods and events; argument schemas are checked before any work.
import type { z } from 'zod';
import type { MethodDef, MethodMode } from './method.js';
import type { JobInfo, WorkspaceInfo } from './types.js';
import type { DataKind } from './types.js';
import type { ImportFileResult } from './importTypes.js';
import type { ErrorPayload } from './errors.js';
import { appMethods } from './methods/app.js';
import { workspaceMethods } from './methods/workspace.js';
import { importMethods } from './methods/importing.js';
import { dataMethods } from './methods/data.js';
import { jobMethods } from './methods/jobs.js';
import { forecastMethods } from './methods/forecast.js';
import { theftMethods } from './methods/theft.js';
import { casesMethods } from './methods/cases.js';
import { gridMethods } from './methods/grid.js';
import { riskMethods } from './methods/risk.js';
import { customersMethods } from './methods/customers.js';
import { serviceMethods } from './methods/service.js';
import { textMethods } from './methods/text.js';
import { segmentsMethods } from './methods/segments.js';
import { reportsMethods } from './methods/reports.js';
import type { ReportExportResult, SavedReport } from './reportsTypes.js';
import { securityMethods } from './methods/security.js';
import type { UserInfo } from './securityTypes.js';
import { queryMethods } from './methods/query.js';
import type { SavedView } from './queryTypes.js';
import { auditMethods } from './methods/audit.js';
import { schedulesMethods } from './methods/schedules.js';
import type { ScheduleInfo } from './schedulesTypes.js';
import { sqlMethods } from './methods/sql.js';
import { qualityMethods } from './methods/quality.js';
import type { QualityRunInfo } from './qualityTypes.js';
import type { SqlExportResult } from './sqlTypes.js';
import { backupMethods } from './methods/backup.js';
import type { BackupCheck, BackupCreateResult, BackupSettings } from './backupTypes.js';
import type { SegmentRunInfo } from './segmentsTypes.js';
import type { BatchForecastResult, ForecastRun, HolidayCalendarInfo } from './forecastTypes.js';
import type { TheftScoreRunInfo } from './theftTypes.js';
import type { RiskAdjustment, RiskScoreResult, RiskTableScoreResult, RiskModelInfo, RiskTrainResult } from './riskTypes.js';
import type { TextClassifyResult, TextModelInfo, TextRule } from './textTypes.js';
import type { EscalationWords, ServiceTagResult } from './serviceTypes.js';
import type { TargetListInfo } from './customersTypes.js';
import type { CaseDetail, CaseFileInfo, CaseNote, CasePackResult } from './casesTypes.js';

type AnyMethod = MethodDef<z.ZodType, unknown, MethodMode>;

/** Joins the domains' method maps; a name defined twice is a programming error caught at start-up. */
function combine<T extends Record<string, AnyMethod>[]>(...domains: T): UnionToIntersection<T[number]> {
  const all: Record<string, AnyMethod> = {};
  for (const domain of domains) {
    for (const [name, def] of Object.entries(domain)) {
      if (name in all) throw new Error(`API method '${name}' is defined twice`);
      all[name] = def;
    }
  }
  return all as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export const contract = combine(appMethods, workspaceMethods, importMethods, dataMethods, jobMethods, forecastMethods, theftMethods, casesMethods, gridMethods, riskMethods, customersMethods, textMethods, segmentsMethods, serviceMethods, reportsMethods, queryMethods, sqlMethods, qualityMethods, backupMethods, schedulesMethods, auditMethods, securityMethods);

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type ArgsIn<M extends MethodName> = z.input<Contract[M]['args']>;
export type Args<M extends MethodName> = z.output<Contract[M]['args']>;
export type Result<M extends MethodName> = Exclude<Contract[M]['result'], undefined>;

type MethodsOfMode<Mode extends MethodMode> = {
  [K in MethodName]: Contract[K]['mode'] extends Mode ? K : never;
}[MethodName];
export type HostMethod = MethodsOfMode<'host'>;
export type QueryMethod = MethodsOfMode<'query'>;
export type JobMethod = MethodsOfMode<'job'>;

/** What each job method's job produces (carried by `job.done` and `jobs.get`). */
export interface JobResults {
  'demo.create': WorkspaceInfo;
  'import.run': ImportFileResult;
  'import.exportQuarantine': { path: string; fileName: string };
  'forecast.run': ForecastRun;
  'forecast.batch': BatchForecastResult;
  'forecast.edit': { runId: number; deleted: boolean };
  'forecast.export': { path: string; fileName: string };
  'forecast.saveCalendar': HolidayCalendarInfo;
  'theft.score': TheftScoreRunInfo;
  'theft.export': { path: string; fileName: string };
  'cases.open': CaseDetail;
  'cases.update': CaseDetail;
  'cases.note': CaseNote;
  'cases.attach': CaseFileInfo;
  'cases.file': { path: string; fileName: string };
  'cases.pack': CasePackResult;
  'risk.train': RiskTrainResult;
  'risk.score': RiskScoreResult;
  'risk.trainTable': RiskModelInfo;
  'risk.scoreTable': RiskTableScoreResult;
  'risk.deleteModel': { modelId: number; deleted: boolean };
  'risk.adjust': RiskAdjustment;
  'risk.export': { path: string; fileName: string };
  'customers.saveList': TargetListInfo;
  'customers.exportList': { path: string; fileName: string; rows: number };
  'customers.deleteList': { listId: number; deleted: boolean };
  'service.tag': ServiceTagResult;
  'service.saveEscalationWords': EscalationWords;
  'text.train': TextModelInfo;
  'text.classify': TextClassifyResult;
  'text.deleteModel': { modelId: number; deleted: boolean };
  'text.saveRules': TextRule[];
  'segments.run': SegmentRunInfo;
  'reports.save': SavedReport;
  'reports.delete': { reportId: number; deleted: boolean };
  'reports.export': ReportExportResult;
  'users.save': UserInfo[];
  'users.delete': UserInfo[];
  'users.setPassword': UserInfo[];
  'workspace.setPassphrase': { encrypted: boolean };
  'query.export': { path: string; fileName: string };
  'views.save': SavedView;
  'views.delete': { viewId: number; deleted: boolean };
  'audit.export': { path: string; fileName: string; rows: number };
  'sql.export': SqlExportResult;
  'quality.check': QualityRunInfo;
  'quality.export': { path: string; fileName: string; rows: number };
  'backup.create': BackupCreateResult;
  'backup.verify': BackupCheck;
  'backup.restore': WorkspaceInfo;
  'backup.saveSettings': BackupSettings;
  'schedules.save': ScheduleInfo;
  'schedules.delete': { scheduleId: number; deleted: boolean };
}
// Every job method has its result type above, and nothing else does.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const jobResultsComplete: Exact<keyof JobResults, JobMethod> = true;
void jobResultsComplete;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events the engine pushes to every connected client. */
export interface EngineEvents {
  'job.progress': Pick<JobInfo, 'id' | 'method' | 'label' | 'status' | 'fraction' | 'message' | 'done' | 'total' | 'etaSeconds'>;
  'job.done': Pick<JobInfo, 'id' | 'method' | 'label' | 'status' | 'result' | 'error' | 'finishedAt'>;
  'workspace.changed': { workspace: WorkspaceInfo | null };
  /** Data of these kinds changed (an import committed, a demo was written). */
  'data.changed': { kinds: DataKind[] };
  /** The desktop app's menu asks the UI to act: File › Import with the files the user chose. */
  'menu.command': { command: 'import'; paths: string[] };
}
export type EventName = keyof EngineEvents;
export const eventNames: EventName[] = ['job.progress', 'job.done', 'workspace.changed', 'data.changed', 'menu.command'];

/** The reply envelope every transport uses. */
export type Reply<T> = { ok: true; result: T } | { ok: false; error: ErrorPayload };
