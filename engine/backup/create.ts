// backup.create: the online copy, its verification, its manifest, its record and the retention
// policy. The copy is written to `<backup>.partial` and renamed into place only once verified:
// a cancelled, failed or unverifiable backup leaves no file behind, and a process killed midway
// leaves only a .partial file, which is never taken for a backup.
import fs from 'node:fs';
import path from 'node:path';
import { EngineError } from '../api/errors.js';
import type { BackupCreateResult, BackupManifest, BackupTrigger } from '../api/backupTypes.js';
import { appVersion } from '../hosts/shared/appPaths.js';
import { APPLICATION_ID, getMeta, type Db } from '../store/database.js';
import { workspaceKey } from '../store/keyring.js';
import { sha256File } from './fileHash.js';
import { BACKUP_EXTENSION, backupFileName, defaultBackupFolder } from './folders.js';
import { inspectCopy, type CopyContents } from './inspectCopy.js';
import { writeManifest, MANIFEST_APP } from './manifest.js';
import { copyOnline } from './onlineCopy.js';
import { slice, type StepReporter } from './progress.js';
import { deleteBackupFiles } from './retention.js';
import { recordBackup } from './record.js';

export interface BackupRequest {
  /** The workspace file and a read-only connection to it. */
  workspace: string;
  source: Db;
  path?: string;
  folder?: string;
  trigger: BackupTrigger;
  actor: string;
  workspacesDir: string;
}

function refuseExisting(file: string): void {
  if (fs.existsSync(file)) {
    throw new EngineError('backup.exists', `${file} already exists; a backup never replaces a file. Choose another name or folder.`, { path: file });
  }
}

/** Where the backup goes: the path asked for, else a free name in the folder asked for or the default one. */
export function backupTarget(request: Pick<BackupRequest, 'path' | 'folder' | 'workspacesDir'>, workspaceName: string, at: Date): string {
  if (request.path) return path.resolve(request.path);
  const first = path.resolve(request.folder ?? defaultBackupFolder(request.workspacesDir), backupFileName(workspaceName, at));
  // A second backup within the same second: <name>-2.workbench-backup, ...
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? first : `${first.slice(0, -BACKUP_EXTENSION.length)}-${n}${BACKUP_EXTENSION}`;
    if (!fs.existsSync(candidate) && !fs.existsSync(`${candidate}.partial`)) return candidate;
  }
}

/** The copy just written failed its check: it is deleted (by the caller), and the workspace may be at fault. */
function verifyFailed(file: string, problems: string[]): EngineError {
  return new EngineError(
    'backup.verify_failed',
    `The backup copy failed its check (${problems.join('; ')}), so it was deleted. Back up again; if it fails again, the workspace itself may be damaged: restore it from an earlier backup.`,
    { path: file, problems },
  );
}

/** The copy checked as a restore would check it, and the manifest describing it. */
function verifyCopy(file: string, reporter: StepReporter, createdAt: string, passphrase: string | undefined): BackupManifest {
  const { sha256, bytes } = sha256File(file, slice(reporter, 0, 0.5));
  reporter.progress(0.5, 'Integrity check');
  let contents: CopyContents;
  try {
    contents = inspectCopy(file, passphrase);
  } catch (error) {
    const problems = error instanceof EngineError && Array.isArray(error.details?.problems) ? (error.details.problems as string[]) : [(error as Error).message];
    throw verifyFailed(file, problems);
  }
  if (contents.applicationId !== APPLICATION_ID) throw verifyFailed(file, ['it does not read as a workspace of this app']);
  return {
    app: MANIFEST_APP,
    format: 1,
    version: appVersion(),
    workspaceName: contents.workspaceName,
    workspaceId: contents.workspaceId,
    schemaVersion: contents.schemaVersion,
    createdAt,
    file: '',
    bytes,
    sha256,
    tables: contents.tables,
    encrypted: passphrase !== undefined,
  };
}

export async function createBackup(request: BackupRequest, reporter: StepReporter): Promise<BackupCreateResult> {
  const started = new Date();
  const name = getMeta(request.source, 'name') ?? path.basename(request.workspace).replace(/\.[^.]+$/, '');
  const target = backupTarget(request, name, started);
  refuseExisting(target);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true }); // left by a backup whose process was killed
  let manifest: BackupManifest;
  let copySeconds: number;
  let verifySeconds: number;
  try {
    // An encrypted workspace's copy stays encrypted with its passphrase, which this thread was given.
    const passphrase = workspaceKey(request.workspace);
    await copyOnline(request.source, partial, slice(reporter, 0, 0.6), passphrase !== undefined);
    const copied = new Date();
    copySeconds = (copied.getTime() - started.getTime()) / 1000;
    manifest = { ...verifyCopy(partial, slice(reporter, 0.6, 0.98), copied.toISOString(), passphrase), file: path.basename(target) };
    verifySeconds = (Date.now() - copied.getTime()) / 1000;
    refuseExisting(target); // made by someone else meanwhile
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  try {
    writeManifest(target, manifest);
    reporter.throwIfCancelled();
    const recorded = recordBackup(
      request.workspace,
      {
        path: target,
        createdAt: manifest.createdAt,
        bytes: manifest.bytes,
        sha256: manifest.sha256,
        trigger: request.trigger,
        actor: request.actor,
        seconds: Math.round((copySeconds + verifySeconds) * 100) / 100,
      },
      reporter,
    );
    return { backup: recorded.backup, manifest, copySeconds, verifySeconds, removed: recorded.removed };
  } catch (error) {
    deleteBackupFiles(target); // a backup that is not recorded is not kept
    throw error;
  }
}
