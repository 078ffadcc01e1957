// Runs one console statement in a child process (child.ts) and kills it at the time limit or
// when the caller cancels: better-sqlite3 has no interrupt, and a thread cannot be stopped
// inside one SQLite step (a count over an endless recursive CTE is one step that never ends).
// Under Electron the child is the app's own binary run as Node, with the better-sqlite3 binary
// built for it (WORKBENCH_SQLITE_BINDING, inherited with the environment).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { EngineError, fromErrorPayload } from '../../api/errors.js';
import type { SqlCell, SqlColumn } from '../../api/sqlTypes.js';
import { workspaceKey } from '../../store/keyring.js';
import type { ChildMessage, ParentMessage, SqlRequest } from './protocol.js';

/** The built child entry, beside the bundle this runs in (dist/engine). */
export const defaultChildScript = fileURLToPath(new URL('./sqlConsole.js', import.meta.url));

export interface RunnerOptions {
  request: SqlRequest;
  timeoutSeconds: number;
  /**
   * What the limit stops: the whole run (the console: its answer comes within the limit), or the
   * wait for each batch (an export: SQLite may not take longer than the limit for any batch).
   */
  deadline: 'total' | 'batch';
  /** Called with the columns before any row (and the personal columns the statement reads, table.column). */
  onColumns(columns: SqlColumn[], masked: string[], unmasked: boolean, personal: string[]): void;
  /** Called with each batch; the next is asked for once it returns (or resolves). */
  onRows(rows: SqlCell[][]): void | Promise<void>;
  /** Polled while the child works: true stops it with the `cancelled` error. */
  cancelled?: () => boolean;
  script?: string;
}

/** Runs the statement to its end; resolves with whether the result was cut at the row limit. */
export function runInChild(options: RunnerOptions): Promise<{ truncated: boolean }> {
  const electron = process.versions.electron !== undefined;
  const child = fork(options.script ?? defaultChildScript, [], {
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    ...(electron ? { execPath: process.execPath, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } } : {}),
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-2000)));
  return new Promise((resolve, reject) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (error: Error | null, truncated = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(poll);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      if (error) reject(error);
      else resolve({ truncated });
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        finish(
          new EngineError(
            'sql.timeout',
            `The statement ran longer than its time limit of ${options.timeoutSeconds} s and was stopped. Narrow it (a WHERE on an indexed column, a LIMIT), or allow it more time.`,
            { seconds: options.timeoutSeconds },
          ),
        );
      }, options.timeoutSeconds * 1000);
    };
    const poll = setInterval(() => {
      if (options.cancelled?.()) finish(new EngineError('cancelled', 'The statement was cancelled.'));
    }, 100);
    const tell = (message: ParentMessage) => {
      if (!settled && child.connected) child.send(message);
    };
    child.on('message', (message: ChildMessage) => {
      if (settled) return;
      switch (message.type) {
        case 'columns':
          options.onColumns(message.columns, message.masked, message.unmasked, message.personal);
          break;
        case 'rows':
          Promise.resolve(options.onRows(message.rows)).then(
            () => {
              if (options.deadline === 'batch') arm();
              tell({ type: 'more' });
            },
            (error: unknown) => finish(error instanceof Error ? error : new Error(String(error))),
          );
          break;
        case 'done':
          finish(null, message.truncated);
          break;
        case 'error':
          finish(fromErrorPayload(message.error));
          break;
      }
    });
    child.on('error', (error) => finish(new EngineError('internal', `The SQL console's process could not run: ${error.message}`)));
    // 'close', not 'exit': by then every message the child sent has been read.
    child.on('close', (code, signal) => {
      finish(new EngineError('internal', `The SQL console's process ended unexpectedly (${signal ?? `exit code ${code}`}). ${stderr.trim()}`.trim()));
    });
    arm();
    const passphrase = options.request.passphrase ?? workspaceKey(options.request.workspace);
    tell({ type: 'run', request: { ...options.request, ...(passphrase ? { passphrase } : {}) } });
  });
}
