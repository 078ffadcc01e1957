// Opening workspace files. A workspace is one SQLite file (WAL) marked with our
// application_id; its schema version is PRAGMA user_version plus the schema_migrations table.
// Files that are not ours, a pre-release build's, or from a newer app are refused and never
// written to. A workspace may be encrypted with a passphrase (SQLite3MultipleCiphers, see
// CIPHER): every connection is keyed first thing, with the passphrase given or the one this
// thread was told for the file (keyring.ts).
import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { EngineError, fromErrorPayload } from '../api/errors.js';
import { systemErrorPayload } from '../api/systemErrors.js';
import { workspaceKey } from './keyring.js';
import { migrations, latestVersion } from './migrations/index.js';

export type Db = Database.Database;

/** 'PMWB' — marks a SQLite file as a Power Marketing WorkBench workspace. */
export const APPLICATION_ID = 0x504d5742;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Electron runs its own ABI: its main process points this at a better-sqlite3 binary
 * rebuilt for Electron, so that Node (tests, CLI) keeps using the one npm built.
 */
function nativeBinding(): string | undefined {
  return process.env.WORKBENCH_SQLITE_BINDING || undefined;
}

/**
 * The cipher of encrypted workspaces: SQLite3MultipleCiphers' own default, ChaCha20 with a
 * Poly1305 tag per page (a changed or damaged page is refused, not read), fast without AES
 * instructions on older office PCs, its key derived by PBKDF2-SHA256 in about 45 ms a connection.
 * SQLCipher's format would open in other tools, but its 256,000 KDF rounds cost about 150 ms on
 * every connection the app opens (each job, each query worker) for no gain to the analyst.
 */
export const CIPHER = 'chacha20';

export interface ConnectOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
  /** The passphrase of an encrypted file (default: the one this thread knows for the path). */
  passphrase?: string;
}

/**
 * A connection to the file as it is: no pragmas, no migration. Every connection goes through here
 * (backups too, engine/backup), so that whatever opening a workspace needs follows them. The key,
 * when there is one, is the first statement: SQLite reads nothing of the file before it.
 */
export function connect(path: string, options: ConnectOptions): Db {
  const { passphrase = workspaceKey(path), ...open } = options;
  const db = new Database(path, { ...open, nativeBinding: nativeBinding() });
  try {
    // Also on plain files: it is the cipher a later encryption (rekey) uses.
    db.pragma(`cipher = '${CIPHER}'`);
    if (passphrase) db.key(Buffer.from(passphrase, 'utf8'));
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * After a checkpoint empties the WAL, SQLite truncates it to this size rather than keeping it as
 * large as the biggest transaction ever written (an import can add gigabytes).
 */
export const JOURNAL_SIZE_LIMIT = 64 * 1024 * 1024;

/** Settings of this connection only (they write nothing to the file). */
function applyReadPragmas(db: Db): void {
  db.pragma('busy_timeout = 10000');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -65536'); // 64 MiB
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT}`);
  db.pragma('synchronous = NORMAL');
  applyReadPragmas(db);
  db.pragma('foreign_keys = ON');
}

/**
 * Folds the WAL into the database file and empties it, as far as the connections reading the
 * workspace let it now: one still reading an older state needs its frames. It does not wait for
 * them (as busy_timeout would make it, for as long as a quarantine export reads): the job that
 * asks is done and its caller waiting, and a later checkpoint folds what is left.
 */
export function checkpointWal(db: Db): void {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

export interface OpenOptions {
  /** Create the file when it does not exist. */
  create?: boolean;
  /** Read without writing anything to the file: no migration (a schema that needs one is refused). */
  readonly?: boolean;
  /**
   * The passphrase of an encrypted workspace (default: the one this thread knows for the path);
   * with `create`, the new file is encrypted with it.
   */
  passphrase?: string;
}

interface AppliedMigration {
  version: number;
  name: string;
}

/** The migrations a workspace file records having applied (none in a file not yet set up). */
function appliedMigrations(db: Db): AppliedMigration[] {
  const recorded = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
  if (!recorded) return [];
  return db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as AppliedMigration[];
}

/**
 * Refuses a workspace whose schema history is not this app's. Releases only ever append
 * migrations, so a file of ours whose history differs from ours as far as both go was made by a
 * pre-release build, whose schema was rewritten before the release (migrations/m001_initial.ts).
 */
function refusePreRelease(applied: AppliedMigration[], path: string): void {
  const differing = applied.find((row, i) => i < migrations.length && (row.version !== migrations[i]!.version || row.name !== migrations[i]!.name));
  if (!differing) return;
  throw new EngineError(
    'workspace.pre_release',
    `${path} was made by a pre-release build of the app (its schema history has migration ${differing.version} '${differing.name}'), and this version cannot open it. Create the workspace again and import its files into it again; this file was left untouched.`,
    { path, migration: differing.version, migrationName: differing.name },
  );
}

/** The first bytes of a file and its size. */
function readHead(path: string): { head: Buffer; size: number } {
  try {
    const fd = fs.openSync(path, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      const head = Buffer.alloc(Math.min(1024, size));
      const read = fs.readSync(fd, head, 0, head.length, 0);
      return { head: head.subarray(0, read), size };
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new EngineError('not_found', `The workspace file ${path} does not exist.`, { path });
    throw new EngineError('io', `The workspace file ${path} cannot be read (${code ?? String(error)}).`, { path });
  }
}

const isPlainSqlite = (head: Buffer) => head.length >= 16 && head.subarray(0, 16).equals(SQLITE_MAGIC);

/**
 * Whether a file that is not plain SQLite could be an encrypted database: whole pages (a page is
 * 512 bytes to 64 KiB) of bytes that look random, as ciphertext does. A text file, a spreadsheet
 * or a truncated copy is not; but any file of random-looking whole pages is, which only its
 * passphrase can settle.
 */
function mayBeEncrypted(head: Buffer, size: number): boolean {
  if (size === 0 || size % 512 !== 0 || head.length === 0) return false;
  const distinct = new Set(head).size;
  // n random bytes show about 256 (1 - e^(-n/256)) distinct values; text shows far fewer.
  return distinct >= 0.75 * 256 * (1 - Math.exp(-head.length / 256));
}

/** Whether a workspace file is encrypted (its first page is not plain SQLite). */
export function isEncryptedFile(path: string): boolean {
  return !isPlainSqlite(readHead(path).head);
}

export interface WorkspaceFileInfo {
  version: number;
  encrypted: boolean;
}

/**
 * Checks a file before any write: SQLite (plain, or encrypted and opened by `passphrase`), ours,
 * not a pre-release build's and not from a newer version. A passphrase given for a plain file is
 * not used.
 */
export function inspectWorkspaceFile(path: string, passphrase: string | undefined = workspaceKey(path)): WorkspaceFileInfo {
  return inspect(path, passphrase, false).info;
}

/**
 * inspectWorkspaceFile's checks through a read-only connection, kept open when asked (a reader
 * then needs no second one: keying an encrypted file's connection derives its key, ~45 ms).
 */
function inspect(path: string, passphrase: string | undefined, keepOpen: boolean): { info: WorkspaceFileInfo; db: Db | null } {
  const { head, size } = readHead(path);
  const plain = isPlainSqlite(head);
  if (!plain && !mayBeEncrypted(head, size)) {
    throw new EngineError(
      'workspace.not_a_workspace',
      `${path} is not a workspace file. Open a .workbench file created by this app, or create a new workspace.`,
      { path },
    );
  }
  if (!plain && !passphrase) {
    throw new EngineError(
      'workspace.passphrase_required',
      `${path} is encrypted, or it is not a workspace file at all: without the passphrase the two look alike. Enter the workspace's passphrase to open it.`,
      { path },
    );
  }
  let db: Db | null = null;
  let kept = false;
  try {
    db = connect(path, { readonly: true, fileMustExist: true, passphrase: plain ? '' : passphrase });
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID) {
      throw new EngineError(
        'workspace.not_a_workspace',
        `${path} is a SQLite database, but not a workspace of this app. It was left untouched.`,
        { path },
      );
    }
    refusePreRelease(appliedMigrations(db), path);
    if (version > latestVersion) {
      throw new EngineError(
        'workspace.newer_version',
        `${path} was written by a newer version of the app (schema ${version}, this app knows up to ${latestVersion}). Update the app to open it; the file was left untouched.`,
        { path, version, supported: latestVersion },
      );
    }
    kept = keepOpen;
    return { info: { version, encrypted: !plain }, db: keepOpen ? db : null };
  } catch (error) {
    if (error instanceof EngineError) throw error;
    if (!plain && (error as { code?: unknown }).code === 'SQLITE_NOTADB') {
      throw new EngineError(
        'workspace.wrong_passphrase',
        `The passphrase does not open ${path}. Check it (capitals, spaces, the keyboard's input mode) and try again. If it is right, the file is not an encrypted workspace: without the right passphrase the two cannot be told apart.`,
        { path },
      );
    }
    // SQLite tells a damaged file (CORRUPT, NOTADB) from one it cannot read now (BUSY, CANTOPEN,
    // IOERR): only the first is 'not a workspace'.
    const system = systemErrorPayload(error, { path });
    if (system) throw fromErrorPayload(system);
    throw new EngineError('workspace.not_a_workspace', `${path} is damaged or not a workspace file: ${(error as Error).message}`, { path });
  } finally {
    if (!kept) db?.close();
  }
}

/** Opens (and when asked creates) a workspace, bringing its schema up to date. */
export function openWorkspaceDb(path: string, options: OpenOptions = {}): Db {
  const exists = fs.existsSync(path);
  if (!exists && !options.create) {
    throw new EngineError('not_found', `The workspace file ${path} does not exist.`, { path });
  }
  const given = options.passphrase ?? workspaceKey(path);
  if (options.readonly) {
    const { info, db } = exists ? inspect(path, given, true) : { info: { version: 0 }, db: null };
    if (info.version < latestVersion || !db) {
      db?.close();
      throw new EngineError(
        'unsupported',
        `${path} is a workspace of an earlier version of the app (schema ${info.version}; this app's is ${latestVersion}) and cannot be read without upgrading it. Open it in the app, or import into it, to upgrade it. It was left untouched.`,
        { path, version: info.version, supported: latestVersion },
      );
    }
    applyReadPragmas(db);
    return db;
  }
  const { encrypted } = exists ? inspectWorkspaceFile(path, given) : { encrypted: Boolean(given) };
  const db = connect(path, { fileMustExist: exists, passphrase: encrypted ? given : '' });
  try {
    if (!exists) {
      db.pragma('page_size = 8192'); // fewer overflow pages for the ~400-byte curve rows
      db.pragma(`application_id = ${APPLICATION_ID}`);
    }
    applyPragmas(db);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Applies pending migrations, each in its own transaction. The history already applied was
 * checked against this app's when the file was inspected (inspectWorkspaceFile).
 */
export function migrate(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const applied = appliedMigrations(db);
  for (const migration of migrations.slice(applied.length)) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

export function getMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
