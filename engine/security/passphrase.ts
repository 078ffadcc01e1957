// Encrypting a workspace, changing its passphrase or decrypting it, in place: SQLite3MultipleCiphers
// rewrites every page under the new key (PRAGMA rekey) in one transaction, so an interruption
// leaves the file as it was. It cannot rekey a WAL database, so the job leaves WAL mode for the
// rekey and returns to it; that needs the file to itself (WAL readers hold it open), which is why
// the host lets go of its own connections first (engine/host/passphraseChange.ts).
import { EngineError } from '../api/errors.js';
import type { JobContext } from '../services/context.js';
import { isEncryptedFile, type Db } from '../store/database.js';

/** How long to wait for another connection to let go before saying the workspace is busy. */
const WAIT_MS = 3000;

function leaveWal(db: Db, path: string): void {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${WAIT_MS}`);
  try {
    const mode = db.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw new Error(`journal mode stayed ${String(mode)}`);
  } catch (error) {
    throw new EngineError(
      'workspace.busy',
      `Other work is reading ${path} right now, and changing its passphrase needs the workspace to itself. Wait for the running jobs to finish, then try again.`,
      { path, cause: (error as Error).message },
    );
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

/** Rekeys the job's workspace with `passphrase` (null: decrypts it). */
export function changePassphrase(ctx: JobContext, passphrase: string | null): { encrypted: boolean } {
  const db = ctx.db();
  const path = ctx.workspace!; // ctx.db() threw when none is open
  ctx.progress(0.05, 'Waiting for the workspace to be free');
  leaveWal(db, path);
  ctx.throwIfCancelled(); // the last moment a cancel changes nothing
  ctx.progress(0.1, passphrase === null ? 'Decrypting every page' : 'Encrypting every page');
  try {
    db.rekey(Buffer.from(passphrase ?? '', 'utf8'));
  } finally {
    db.pragma('journal_mode = WAL');
  }
  ctx.progress(1, 'Done');
  const encrypted = isEncryptedFile(path);
  ctx.log(encrypted ? 'The workspace is encrypted with the new passphrase.' : 'The workspace is no longer encrypted.');
  return { encrypted };
}
