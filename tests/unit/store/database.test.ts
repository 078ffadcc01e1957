// Connection settings of a workspace (engine/store/database.ts).
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JOURNAL_SIZE_LIMIT, openWorkspaceDb } from '../../../engine/store/database.js';
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
