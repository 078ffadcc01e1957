// Checks a backup file before anything trusts it: a SQLite file of this app (its header; an
// encrypted one, whose header is ciphertext, by its manifest and then its passphrase), its
// manifest, the manifest's size and SHA-256 against the file's, a schema this app can read, and
// SQLite's integrity check. Each failure is refused with its own error code; nothing is written.
import path from 'node:path';
import { EngineError } from '../api/errors.js';
import type { BackupCheck, BackupManifest } from '../api/backupTypes.js';
import { APPLICATION_ID, connect } from '../store/database.js';
import { latestVersion } from '../store/migrations/index.js';
import { sha256File } from './fileHash.js';
import { readSqliteHeader } from './header.js';
import { inspectCopy } from './inspectCopy.js';
import { readManifest } from './manifest.js';
import { slice, type StepReporter } from './progress.js';

function foreign(file: string, what: string): EngineError {
  return new EngineError(
    'backup.foreign',
    `${file} is ${what}, not a backup of this app's workspaces. Choose a backup file this app made (${path.basename(file)} was left untouched).`,
    { path: file },
  );
}

function newerVersion(file: string, version: number): EngineError {
  return new EngineError(
    'backup.newer_version',
    `${file} is a backup of a newer version of the app (schema ${version}; this app knows up to ${latestVersion}). Update the app to restore it.`,
    { path: file, version, supported: latestVersion },
  );
}

/** The manifest of a file whose header is not SQLite's: an encrypted backup's, else the file is foreign. */
function encryptedManifest(file: string): BackupManifest {
  let manifest: BackupManifest | null = null;
  try {
    manifest = readManifest(file);
  } catch {
    manifest = null; // without a manifest of ours, a file that is not SQLite is simply not a backup
  }
  if (!manifest?.encrypted) throw foreign(file, 'not a SQLite database (a text file, another format, or a file cut short)');
  return manifest;
}

/** An encrypted backup opens with its passphrase only; its checksum matched, so a failure is the passphrase. */
function checkPassphrase(file: string, passphrase: string | undefined): void {
  const name = path.basename(file);
  if (!passphrase) {
    throw new EngineError('workspace.passphrase_required', `${file} is the backup of an encrypted workspace: enter its passphrase to check or restore it.`, { name, path: file });
  }
  try {
    const db = connect(file, { readonly: true, fileMustExist: true, passphrase });
    try {
      db.pragma('schema_version');
    } finally {
      db.close();
    }
  } catch {
    throw new EngineError('workspace.wrong_passphrase', `The passphrase does not open the backup ${file}. Enter the passphrase its workspace had when the backup was made.`, { name, path: file });
  }
}

export function checkBackupFile(file: string, reporter: StepReporter, passphrase?: string): BackupCheck {
  const started = Date.now();
  const header = readSqliteHeader(file);
  let manifest: BackupManifest;
  if (header === null) {
    manifest = encryptedManifest(file);
  } else {
    if (header.applicationId !== APPLICATION_ID) throw foreign(file, 'a SQLite database of another program');
    manifest = readManifest(file);
    if (header.userVersion > latestVersion) throw newerVersion(file, header.userVersion);
  }
  const { sha256, bytes } = sha256File(file, slice(reporter, 0, 0.5));
  if (bytes !== manifest.bytes || sha256 !== manifest.sha256) {
    throw new EngineError(
      'backup.checksum_mismatch',
      `${file} is not the file its manifest describes (${bytes} bytes, SHA-256 ${sha256.slice(0, 12)}…; the manifest says ${manifest.bytes} bytes, ${manifest.sha256.slice(0, 12)}…): it was changed or damaged after the backup. Use another backup.`,
      { path: file, bytes, sha256, expectedBytes: manifest.bytes, expectedSha256: manifest.sha256 },
    );
  }
  if (header === null) checkPassphrase(file, passphrase);
  reporter.progress(0.5, 'Integrity check');
  reporter.throwIfCancelled();
  const contents = inspectCopy(file, header === null ? passphrase : undefined);
  if (contents.applicationId !== APPLICATION_ID) throw foreign(file, 'a database of another program');
  if (contents.schemaVersion > latestVersion) throw newerVersion(file, contents.schemaVersion);
  reporter.progress(1, 'Verified');
  return { path: file, manifest, seconds: (Date.now() - started) / 1000 };
}
