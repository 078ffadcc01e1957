// Checks a backup file before anything trusts it: a SQLite file of this app (its header), its
// manifest, the manifest's size and SHA-256 against the file's, a schema this app can read, and
// SQLite's integrity check. Each failure is refused with its own error code; nothing is written.
import path from 'node:path';
import { EngineError } from '../api/errors.js';
import type { BackupCheck } from '../api/backupTypes.js';
import { APPLICATION_ID } from '../store/database.js';
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

export function checkBackupFile(file: string, reporter: StepReporter): BackupCheck {
  const started = Date.now();
  const header = readSqliteHeader(file);
  if (header === null) throw foreign(file, 'not a SQLite database (a text file, another format, or a file cut short)');
  if (header.applicationId !== APPLICATION_ID) throw foreign(file, 'a SQLite database of another program');
  const manifest = readManifest(file);
  if (header.userVersion > latestVersion) {
    throw new EngineError(
      'backup.newer_version',
      `${file} is a backup of a newer version of the app (schema ${header.userVersion}; this app knows up to ${latestVersion}). Update the app to restore it.`,
      { path: file, version: header.userVersion, supported: latestVersion },
    );
  }
  const { sha256, bytes } = sha256File(file, slice(reporter, 0, 0.5));
  if (bytes !== manifest.bytes || sha256 !== manifest.sha256) {
    throw new EngineError(
      'backup.checksum_mismatch',
      `${file} is not the file its manifest describes (${bytes} bytes, SHA-256 ${sha256.slice(0, 12)}…; the manifest says ${manifest.bytes} bytes, ${manifest.sha256.slice(0, 12)}…): it was changed or damaged after the backup. Use another backup.`,
      { path: file, bytes, sha256, expectedBytes: manifest.bytes, expectedSha256: manifest.sha256 },
    );
  }
  reporter.progress(0.5, 'Integrity check');
  reporter.throwIfCancelled();
  inspectCopy(file);
  reporter.progress(1, 'Verified');
  return { path: file, manifest, seconds: (Date.now() - started) / 1000 };
}
