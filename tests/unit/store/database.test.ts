// Connection settings of a workspace and the WAL checkpoint after a job (engine/store/database.ts).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { JOURNAL_SIZE_LIMIT, checkpointWal, openWorkspaceDb } from '../../../engine/store/database.js';
import { makeTempDir, removeTempDirs } from '../../helpers/tempDirs.js';

afterAll(removeTempDirs);

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
