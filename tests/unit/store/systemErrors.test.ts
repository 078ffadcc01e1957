// Errors from SQLite and the file system reach the user in contract codes, naming the file and
// saying what to do; a raw SQLITE_BUSY or EACCES never passes as a payload of the contract.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { isErrorPayload, toErrorPayload } from '../../../engine/api/errors.js';
import { openWorkspaceDb } from '../../../engine/store/database.js';
import { makeTempDir, removeTempDirs } from '../../helpers/tempDirs.js';

afterAll(removeTempDirs);

/** What a call throws. */
function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

/** A Node system error as fs raises it (some cannot be provoked on every machine: a full disk). */
function systemError(code: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed, open '${file}'`), { code, errno: -1, syscall: 'open', path: file });
}

describe('SQLite errors', () => {
  it("a workspace another connection is writing is 'workspace.locked', with what to do", () => {
    const file = path.join(makeTempDir(), 'busy.workbench');
    const writer = openWorkspaceDb(file, { create: true });
    const other = new Database(file);
    other.pragma('busy_timeout = 0');
    writer.exec('BEGIN IMMEDIATE');
    try {
      const error = thrownBy(() => other.prepare(`INSERT INTO meta (key, value) VALUES ('k', 'v')`).run());
      expect((error as { code: string }).code).toBe('SQLITE_BUSY');
      const payload = toErrorPayload(error, { path: file });
      expect(payload.code).toBe('workspace.locked');
      expect(payload.message).toContain(file);
      expect(payload.message).toMatch(/another program.*command line.*wait for it to finish/is);
      expect(payload.details).toMatchObject({ path: file });
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
      other.close();
    }
  });

  it.each([
    ['SQLITE_LOCKED', 'workspace.locked', /writing to/],
    ['SQLITE_FULL', 'io', /disk is full/],
    ['SQLITE_READONLY', 'io', /read-only/],
    ['SQLITE_READONLY_DBMOVED', 'io', /read-only/],
    ['SQLITE_CORRUPT', 'workspace.not_a_workspace', /damaged/],
    ['SQLITE_NOTADB', 'workspace.not_a_workspace', /damaged/],
    ['SQLITE_IOERR_WRITE', 'io', /could not be read or written/],
  ])('%s is %s', (sqliteCode, code, message) => {
    const payload = toErrorPayload(new Database.SqliteError('low-level text', sqliteCode), { path: '/data/region.workbench' });
    expect(payload).toMatchObject({ code, details: { path: '/data/region.workbench', cause: sqliteCode } });
    expect(payload.message).toMatch(message);
    expect(payload.message).toContain('/data/region.workbench');
  });

  it('a workspace SQLite cannot open now is an io error naming it, not a damaged file', () => {
    const file = path.join(makeTempDir(), 'unreadable.workbench');
    openWorkspaceDb(file, { create: true }).close();
    fs.mkdirSync(`${file}-wal`); // where SQLite opens the write-ahead log: SQLITE_CANTOPEN
    for (const readonly of [false, true]) {
      const error = thrownBy(() => openWorkspaceDb(file, { readonly }));
      expect(error).toMatchObject({ name: 'EngineError', code: 'io', details: { path: file, cause: 'SQLITE_CANTOPEN' } });
      expect((error as Error).message).toContain(file);
      expect((error as Error).message).not.toMatch(/damaged/);
    }
  });

  it('a fault of the app (a broken statement) stays internal', () => {
    const db = new Database(':memory:');
    const error = thrownBy(() => db.prepare('SELECT * FROM no_such_table'));
    db.close();
    expect(toErrorPayload(error).code).toBe('internal');
  });
});

describe('file-system errors', () => {
  it('a missing file is io, naming the path', () => {
    const file = path.join(makeTempDir(), 'missing.csv');
    const payload = toErrorPayload(thrownBy(() => fs.readFileSync(file)));
    expect(payload).toMatchObject({ code: 'io', details: { path: file, cause: 'ENOENT' } });
    expect(payload.message).toBe(`${file} does not exist.`);
  });

  it.each([
    ['EACCES', /permission denied/],
    ['ENOSPC', /disk is full/],
    ['EROFS', /read-only/],
    ['EIO', /could not be read or written \(EIO\)/],
  ])('%s is io, naming the path', (code, message) => {
    const payload = toErrorPayload(systemError(code, '/exports/隔离行.xlsx'));
    expect(payload).toMatchObject({ code: 'io', details: { path: '/exports/隔离行.xlsx', cause: code } });
    expect(payload.message).toMatch(message);
    expect(payload.message.startsWith('/exports/隔离行.xlsx ')).toBe(true);
  });
});

describe('isErrorPayload', () => {
  it('accepts only the codes of the contract', () => {
    expect(isErrorPayload({ code: 'workspace.locked', message: 'busy' })).toBe(true);
    expect(isErrorPayload({ code: 'io', message: 'x', details: { path: '/a' } })).toBe(true);
    expect(isErrorPayload({ code: 'SQLITE_BUSY', message: 'database is locked' })).toBe(false);
    expect(isErrorPayload(systemError('EACCES', '/a'))).toBe(false);
    expect(isErrorPayload({ code: 'io', message: 'x', details: 'not an object' })).toBe(false);
  });
});
