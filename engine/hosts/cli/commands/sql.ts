// workbench sql --workspace <file> --query <select> [--limit N] [--timeout S] [--unmask]
// The read-only SQL console from the command line: the result as CSV on stdout (a header row,
// RFC 4180 quoting, UTF-8 without a byte-order mark, CRLF line ends), rows streamed as SQLite
// gives them. The statement runs in the console's child process (engine/query/sql), on a
// read-only connection with query_only set, stopped when SQLite takes longer than the time limit
// for a batch of rows. A stable interface: automated checks read stdout and the exit code
// (0 written, 1 refused or failed with the reason on stderr, 2 bad usage).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sqlTimeLimit } from '../../../api/sqlTypes.js';
import { csvLine } from '../../../core/exportFile.js';
import { runInChild } from '../../../query/sql/runner.js';
import { sqlUsage, UsageError } from '../usage.js';

/** The command line's longest time limit: a batch job may wait longer than the app's console. */
const CLI_MAX_TIMEOUT = 3600;

function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(text, (error) => (error ? reject(error) : undefined))) resolve();
    else process.stdout.once('drain', resolve);
  });
}

function integer(text: string | undefined, name: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new UsageError(`${name} is a whole number from ${min} to ${max}.`, sqlUsage);
  return value;
}

export async function sqlCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      workspace: { type: 'string' },
      query: { type: 'string' },
      limit: { type: 'string' },
      timeout: { type: 'string' },
      unmask: { type: 'boolean' },
    },
  });
  if (!values.workspace) throw new UsageError('--workspace <file> is required.', sqlUsage);
  if (!values.query?.trim()) throw new UsageError('--query <select> is required.', sqlUsage);
  const limit = integer(values.limit, '--limit', 1, Number.MAX_SAFE_INTEGER) ?? Number.MAX_SAFE_INTEGER;
  const timeoutSeconds = integer(values.timeout, '--timeout', 1, CLI_MAX_TIMEOUT) ?? sqlTimeLimit.default;
  let rows = 0;
  const { truncated } = await runInChild({
    request: { workspace: path.resolve(values.workspace), sql: values.query, limit, unmask: values.unmask === true, batchRows: Math.min(5000, limit), blobs: 'hex' },
    timeoutSeconds,
    deadline: 'batch',
    onColumns: (columns, masked) => {
      if (masked.length > 0) process.stderr.write(`workbench: personal columns masked: ${masked.join(', ')} (--unmask shows them)\n`);
      process.stdout.write(csvLine(columns.map((c) => c.name)) + '\r\n');
    },
    onRows: (batch) => {
      rows += batch.length;
      return write(batch.map((row) => csvLine(row) + '\r\n').join(''));
    },
  });
  if (truncated) process.stderr.write(`workbench: the result was cut at --limit ${limit} rows\n`);
  else process.stderr.write(`workbench: ${rows} rows\n`);
  return 0;
}
