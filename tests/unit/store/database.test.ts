// Opening a workspace file (engine/store/database.ts): files a pre-release build made, connection
// settings, and the WAL checkpoint after a job.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { EngineError } from '../../../engine/api/errors.js';
import { JOURNAL_SIZE_LIMIT, checkpointWal, openWorkspaceDb } from '../../../engine/store/database.js';
import { makeTempDir, removeTempDirs } from '../../helpers/tempDirs.js';

afterAll(removeTempDirs);

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The error opening a file throws. */
function refusal(open: () => unknown): EngineError {
  try {
    open();
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    return error as EngineError;
  }
  throw new Error('the file was opened');
}

describe('a workspace a pre-release build made', () => {
  /** A workspace of ours whose schema history is a pre-release build's: its migrations by version and name. */
  function preReleaseWorkspace(history: [number, string][]): string {
    const file = path.join(makeTempDir(), 'early.workbench');
    openWorkspaceDb(file, { create: true }).close();
    const db = new Database(file);
    db.exec('DELETE FROM schema_migrations');
    const add = db.prepare(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, '2026-11-26T09:00:00.000Z')`);
    for (const [version, name] of history) add.run(version, name);
    db.pragma(`user_version = ${history.at(-1)![0]}`);
    db.close();
    return file;
  }

  it.each([
    ['this morning, before the schema was consolidated', [[1, 'initial'], [2, 'catalog_ledger'], [3, 'browse_paging'], [4, 'aggregate_groups'], [5, 'job_owner']]],
    ['with the consolidated schema under its earlier name', [[1, 'initial']]],
  ] as [string, [number, string][]][])('is refused, saying to create it again, and left untouched: %s', (_when, history) => {
    const file = preReleaseWorkspace(history);
    const before = sha256(file);
    for (const readonly of [false, true]) {
      const error = refusal(() => openWorkspaceDb(file, { readonly }));
      expect(error.code).toBe('workspace.pre_release');
      expect(error.message).toContain(file);
      expect(error.message).toMatch(/pre-release build.*Create the workspace again/);
      expect(error.details).toMatchObject({ path: file, migration: 1, migrationName: 'initial' });
    }
    expect(sha256(file)).toBe(before);
  });
});

describe('a workspace connection', () => {
  it('caps the WAL a checkpoint leaves behind', () => {
    const db = openWorkspaceDb(path.join(makeTempDir(), 'w.workbench'), { create: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('journal_size_limit', { simple: true })).toBe(JOURNAL_SIZE_LIMIT);
    } finally {
      db.close();
    }
  });
});

describe('the checkpoint after a job that wrote', () => {
  // A checkpoint that waited for the reader would take the connection's busy timeout, three times the test's.
  it('folds what it can without waiting for a reader, and empties the WAL once none holds it', { timeout: 10_000 }, () => {
    const file = path.join(makeTempDir(), 'w.workbench');
    const db = openWorkspaceDb(file, { create: true });
    const reader = new Database(file, { readonly: true });
    try {
      db.pragma('busy_timeout = 30000');
      reader.exec('BEGIN');
      reader.prepare('SELECT COUNT(*) FROM meta').get(); // a quarantine export reading as the import ends
      db.prepare(`INSERT INTO meta (key, value) VALUES ('k', 'v')`).run();
      checkpointWal(db);
      expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(30000);
      reader.exec('COMMIT');
      checkpointWal(db);
      expect(fs.statSync(`${file}-wal`).size).toBe(0);
    } finally {
      reader.close();
      db.close();
    }
  });
});
