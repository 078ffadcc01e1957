// The child process that runs one console statement (built as dist/engine/sqlConsole.js): it
// opens the workspace read-only with `query_only` set, checks the statement (consoleStatement.ts)
// and sends the rows in batches, each once the runner asks for more, so that a large export
// never piles up in memory. The runner kills it at the time limit or on cancel.
import { toErrorPayload } from '../../api/errors.js';
import { openWorkspaceDb, type Db } from '../../store/database.js';
import { resultCell, valueType } from './cells.js';
import { consoleStatement } from './consoleStatement.js';
import type { ChildMessage, ParentMessage, SqlRequest } from './protocol.js';

function send(message: ChildMessage): Promise<void> {
  return new Promise((resolve, reject) => process.send!(message, undefined, {}, (error) => (error ? reject(error) : resolve())));
}

let more: (() => void) | null = null;
const askedForMore = () => new Promise<void>((resolve) => (more = resolve));

async function run(request: SqlRequest): Promise<void> {
  let db: Db | null = null;
  try {
    db = openWorkspaceDb(request.workspace, { readonly: true, ...(request.passphrase ? { passphrase: request.passphrase } : {}) });
    db.pragma('query_only = ON');
    const checked = consoleStatement(db, request.sql, request.unmask);
    const rows = checked.statement.raw(true).iterate() as IterableIterator<unknown[]>;
    const columns = checked.columns.map((c) => ({ ...c }));
    let batch: unknown[][] = [];
    let read = 0;
    let truncated = false;
    let announced = false;
    const flush = async () => {
      if (!announced) {
        // An expression's type is that of its first value (SQLite declares none).
        for (const [i, column] of columns.entries()) {
          if (column.type) continue;
          const first = batch.find((row) => row[i] !== null && row[i] !== undefined);
          column.type = (first && valueType(first[i])) ?? 'NULL';
        }
        await send({ type: 'columns', columns, masked: checked.masked, unmasked: checked.unmasked, personal: checked.personal });
        announced = true;
      }
      if (batch.length === 0) return;
      const wanted = askedForMore();
      await send({ type: 'rows', rows: batch.map((row) => row.map((value, i) => resultCell(value, checked.maskers[i] ?? null, request.blobs))) });
      batch = [];
      await wanted;
    };
    for (const row of rows) {
      if (read === request.limit) {
        truncated = true;
        break;
      }
      batch.push(row);
      read++;
      if (batch.length === request.batchRows) await flush();
    }
    if (truncated) rows.return?.();
    await flush();
    await send({ type: 'done', truncated });
  } catch (error) {
    await send({ type: 'error', error: toErrorPayload(error, { path: request.workspace }) });
  } finally {
    db?.close();
  }
}

process.on('message', (message: ParentMessage) => {
  if (message.type === 'more') more?.();
  else void run(message.request).finally(() => process.disconnect());
});
