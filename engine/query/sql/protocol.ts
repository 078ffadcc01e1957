// Messages between the SQL console's runner (runner.ts, in the engine's worker or the CLI) and
// the child process that runs one statement (child.ts): the child is killed at the time limit
// or on cancel, since SQLite cannot be interrupted from outside inside one step.
import type { ErrorPayload } from '../../api/errors.js';
import type { SqlCell, SqlColumn } from '../../api/sqlTypes.js';

export interface SqlRequest {
  workspace: string;
  /** An encrypted workspace's passphrase (the runner's thread knows it; the child, a process of its own, does not). */
  passphrase?: string;
  sql: string;
  /** Rows to read at most; one more is looked for, to tell whether the result was cut. */
  limit: number;
  unmask: boolean;
  /** Rows per message; the child waits for `more` after each. */
  batchRows: number;
  /** How BLOB values are given: a size for a screen, hexadecimal for a file. */
  blobs: 'size' | 'hex';
}

export type ParentMessage = { type: 'run'; request: SqlRequest } | { type: 'more' };

export type ChildMessage =
  | { type: 'columns'; columns: SqlColumn[]; masked: string[]; unmasked: boolean; personal: string[] }
  | { type: 'rows'; rows: SqlCell[][] }
  | { type: 'done'; truncated: boolean }
  | { type: 'error'; error: ErrorPayload };
