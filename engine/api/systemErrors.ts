// Errors raised below the engine's own code: SQLite (better-sqlite3's SqliteError, code
// 'SQLITE_BUSY', 'SQLITE_IOERR_WRITE', ...) and Node's file system (code 'EACCES', 'ENOSPC', ...).
// Their codes are not part of the contract, so they are translated into contract codes with a
// message that names the file and says what to do.
import type { ErrorPayload } from './errors.js';

/** What the failing operation was working on, when the error itself does not say. */
export interface ErrorContext {
  /** The workspace file (or other file) in use. */
  path?: string | null;
}

interface CodedError {
  code: string;
  path?: unknown;
}

function coded(error: unknown): CodedError | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? (error as CodedError) : null;
}

function withPath(path: string | null | undefined, details: Record<string, unknown> = {}): Record<string, unknown> {
  return path ? { path, ...details } : details;
}

/** SQLite's primary result code: SQLITE_IOERR_WRITE -> IOERR. */
function sqlitePayload(code: string, path: string | null | undefined): ErrorPayload | null {
  const primary = code.split('_')[1];
  const file = path ?? 'The workspace';
  const details = withPath(path, { cause: code });
  switch (primary) {
    case 'BUSY':
    case 'LOCKED':
      return {
        code: 'workspace.locked',
        message: `Another program is writing to ${path ?? 'this workspace'} right now (for example the command line or a second app window). Wait for it to finish, then try again.`,
        details,
      };
    case 'FULL':
      return { code: 'io', message: `The disk is full: ${file} could not be written. Free some space, then try again.`, details };
    case 'READONLY':
      return { code: 'io', message: `${file} cannot be written: the file or its folder is read-only. Copy it somewhere you can write to, or change its permissions.`, details };
    case 'CORRUPT':
    case 'NOTADB':
      return { code: 'workspace.not_a_workspace', message: `${file} is damaged or not a workspace file (${code}).`, details };
    case 'IOERR':
    case 'CANTOPEN':
    case 'PERM':
      return { code: 'io', message: `${file} could not be read or written (${code}). Check that its disk is connected and that you may write to it.`, details };
    default:
      return null; // a constraint or a malformed statement: a fault of the app, reported as internal
  }
}

const errnoReasons: Record<string, string> = {
  EACCES: 'cannot be accessed: permission denied',
  EPERM: 'cannot be accessed: permission denied',
  ENOSPC: 'could not be written: the disk is full',
  EROFS: 'could not be written: the disk is read-only',
  ENOENT: 'does not exist',
  EBUSY: 'is in use by another program',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'is not in a folder (a part of its path is a file)',
  EMFILE: 'could not be opened: too many files are open',
  ENFILE: 'could not be opened: too many files are open',
};

function errnoPayload(code: string, path: string | null | undefined): ErrorPayload {
  const reason = errnoReasons[code] ?? `could not be read or written (${code})`;
  return { code: 'io', message: `${path ?? 'A file'} ${reason}.`, details: withPath(path, { cause: code }) };
}

/** The contract payload for a SQLite or file-system error; null for anything else. */
export function systemErrorPayload(error: unknown, context: ErrorContext = {}): ErrorPayload | null {
  const found = coded(error);
  if (!found) return null;
  if (found.code.startsWith('SQLITE_')) return sqlitePayload(found.code, context.path);
  // Node's system errors: 'E' and capitals, with the path the call was given when it had one.
  if (/^E[A-Z0-9]+$/.test(found.code) && typeof (error as { syscall?: unknown }).syscall === 'string') {
    return errnoPayload(found.code, typeof found.path === 'string' ? found.path : context.path);
  }
  return null;
}
