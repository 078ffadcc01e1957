// What each job writes, declared once per job method. SQLite lets one connection write a file
// at a time: a second writer waits (busy_timeout) and then fails as locked, so the job pool
// (jobPool.ts) runs the write jobs of one workspace file one after the other, in the order they
// were asked for. Jobs that only read run beside them, as do jobs on other workspaces.
import path from 'node:path';
import type { Args, JobMethod } from '../api/contract.js';

export interface JobAccess {
  /**
   * The job writes its workspace: it records itself 'running' in the job history first, and
   * writes in its workspace's turn. A job that only reads writes nothing, not even its history
   * row: that is written for it once it has ended, in the workspace's next write turn
   * (worker/jobHistory.ts), so it never waits for the write lock an import holds.
   */
  writes: boolean;
  /** The workspace file whose write jobs queue behind each other; null when no other job can be writing it. */
  queueOn: string | null;
}

/** Where the job runs: its workspace (null: none yet) and the app's workspaces folder. */
export interface JobPlace {
  workspace: string | null;
  workspacesDir: string;
}

export const jobAccess: { [M in JobMethod]: (args: Args<M>, place: JobPlace) => JobAccess } = {
  'import.run': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  // Reads the quarantined rows and writes an Excel file.
  'import.exportQuarantine': () => ({ writes: false, queueOn: null }),
  // A new file that only another demo could be writing: one asked for at the same path or, without
  // a path, one whose name the worker picks in the workspaces folder (so those queue on the folder).
  // A saved run is written to the workspace; an unsaved one (the CLI) only reads.
  'forecast.run': (args, { workspace }) => (args.save ? { writes: true, queueOn: workspace } : { writes: false, queueOn: null }),
  'forecast.batch': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'forecast.edit': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'forecast.export': () => ({ writes: false, queueOn: null }),
  'forecast.saveCalendar': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  // A saved run is written to the workspace; the CLI's CSV (out) only reads it.
  'theft.score': (args, { workspace }) => (args.out === undefined ? { writes: true, queueOn: workspace } : { writes: false, queueOn: null }),
  'theft.export': () => ({ writes: false, queueOn: null }),
  'cases.open': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'cases.update': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'cases.note': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'cases.attach': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  // Reads an attachment and writes a file outside the workspace.
  'cases.file': () => ({ writes: false, queueOn: null }),
  // Reads the case and its evidence and writes a PDF outside the workspace.
  'cases.pack': () => ({ writes: false, queueOn: null }),
  // Training saves the model and its runs; the CLI's scores (out) and the exports only read.
  'risk.train': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'risk.score': (args, { workspace }) => (args.out === undefined ? { writes: true, queueOn: workspace } : { writes: false, queueOn: null }),
  'risk.trainTable': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'risk.scoreTable': () => ({ writes: false, queueOn: null }),
  'risk.deleteModel': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'risk.adjust': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'risk.export': () => ({ writes: false, queueOn: null }),
  'customers.saveList': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'customers.exportList': () => ({ writes: false, queueOn: null }),
  'customers.deleteList': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'text.train': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'text.classify': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'text.deleteModel': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'text.saveRules': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  // A saved run is written to the workspace; the CLI's CSV (out) only reads it.
  'segments.run': (args, { workspace }) => (args.out === undefined ? { writes: true, queueOn: workspace } : { writes: false, queueOn: null }),
  'service.tag': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'service.saveEscalationWords': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'reports.save': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'reports.delete': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  // Reads the workspace's figures and writes a PDF or workbook outside it.
  'reports.export': () => ({ writes: false, queueOn: null }),
  // Runs the query and writes a file outside the workspace.
  'query.export': () => ({ writes: false, queueOn: null }),
  'views.save': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'views.delete': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  // Reads the workspace while it copies it, so that write jobs go on meanwhile; its one write, the
  // backup's row, waits for the write lock at the end (engine/backup/record.ts).
  'backup.create': () => ({ writes: false, queueOn: null }),
  'backup.verify': () => ({ writes: false, queueOn: null }),
  // Writes a new workspace file, like a demo: queued on that file, or on the workspaces folder it picks a name in.
  'backup.restore': (args, { workspacesDir }) => ({ writes: false, queueOn: path.resolve(args.path ?? workspacesDir) }),
  'backup.saveSettings': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  // Runs the statement in a read-only child process and writes a file outside the workspace.
  'sql.export': () => ({ writes: false, queueOn: null }),
  // Scans the workspace and writes its findings as the latest check.
  'quality.check': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  // Reads the findings and writes a file outside the workspace.
  'quality.export': () => ({ writes: false, queueOn: null }),
  // Reads the log and writes a file; its own entry is written with its history row.
  'audit.export': () => ({ writes: false, queueOn: null }),
  'schedules.save': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'schedules.delete': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'users.save': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'users.delete': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'users.setPassword': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  // Rewrites every page; it also needs the file to itself (engine/security/passphrase.ts).
  'workspace.setPassphrase': (_args, { workspace }) => ({ writes: true, queueOn: workspace }),
  'demo.create': (args, { workspacesDir }) => ({ writes: true, queueOn: path.resolve(args.path ?? workspacesDir) }),
};
