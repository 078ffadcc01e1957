// Scheduled jobs (issue 7): recurring runs of a task, daily or weekly at a local time, started by
// the app's scheduler while a workspace is open or by `workbench schedule run` from the operating
// system's scheduler. A run starts the task's jobs as ordinary jobs and records their outcomes.
import type { ErrorPayload } from './errors.js';
import type { MappingSpec } from './importTypes.js';
import type { DataKind } from './types.js';

export const scheduleTasks = ['import_folder', 'risk_score', 'theft_score', 'forecast_refresh', 'backup'] as const;
export type ScheduleTask = (typeof scheduleTasks)[number];

export const scheduleCadences = ['daily', 'weekly'] as const;
export type ScheduleCadence = (typeof scheduleCadences)[number];

/** Who started a run: the app's scheduler, the command line, or a user's Run now. */
export type ScheduleTrigger = 'app' | 'cli' | 'manual';
export type ScheduleRunStatus = 'running' | 'succeeded' | 'failed' | 'interrupted';

/** Import every new file of a folder with a mapping template's content (copied, so the CLI has it too). */
export interface ImportFolderOptions {
  folder: string;
  /** The template's name when it was chosen (shown; the mapping below is what is used). */
  template: string;
  kind: DataKind;
  mapping: MappingSpec;
}

/** A forecast of every area (feeder, unit) from the latest data, as the Forecast page's batch. */
export interface ForecastRefreshOptions {
  level: 'area' | 'feeder' | 'unit';
  resolution: '15min' | 'hour' | 'day';
  horizonHours: number;
}

export interface BackupOptions {
  /** Where the backup files go; '' for the default backup folder. */
  folder: string;
}

export type ScheduleTaskSpec =
  | { task: 'import_folder'; options: ImportFolderOptions }
  | { task: 'risk_score'; options: Record<string, never> }
  | { task: 'theft_score'; options: Record<string, never> }
  | { task: 'forecast_refresh'; options: ForecastRefreshOptions }
  | { task: 'backup'; options: BackupOptions };

export type ScheduleDefinition = ScheduleTaskSpec & {
  name: string;
  cadence: ScheduleCadence;
  /** 1 = Monday … 7 = Sunday; weekly only (null when daily). */
  weekday: number | null;
  /** Local time 'HH:MM'. */
  time: string;
  enabled: boolean;
};

export type ScheduleInfo = ScheduleDefinition & {
  scheduleId: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** The next time it is due, an instant (ISO, UTC); shown in local time. */
  nextRunAt: string;
  lastRun: ScheduleRunInfo | null;
};

/** What a run did: the files a folder import took or failed on, or the failure that ended it. */
export interface ScheduleRunOutcome {
  imported?: number;
  failed?: number;
  /** Files still being written (their size changed while looked at): taken next run. */
  waiting?: number;
  /** Why the run failed (the failed job's error, or the task's own). */
  error?: ErrorPayload;
}

export interface ScheduleRunJob {
  jobId: string;
  method: string;
  label: string;
  /** From the job history; null while it has not been recorded there. */
  status: string | null;
  error: ErrorPayload | null;
}

export interface WatchedFileInfo {
  path: string;
  fileName: string;
  bytes: number;
  modifiedAt: string;
  status: 'imported' | 'failed';
  importId: number | null;
  /** Rows the import added and quarantined (imported files). */
  rowsImported: number | null;
  rowsQuarantined: number | null;
  jobId: string | null;
  error: ErrorPayload | null;
}

export interface ScheduleRunInfo {
  runId: number;
  scheduleId: number;
  scheduleName: string;
  task: ScheduleTask;
  trigger: ScheduleTrigger;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
  status: ScheduleRunStatus;
  outcome: ScheduleRunOutcome;
  jobs: ScheduleRunJob[];
  files: WatchedFileInfo[];
}
