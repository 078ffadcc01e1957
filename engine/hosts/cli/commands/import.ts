// workbench import --workspace <file> --kind <kind> [--mapping <json|file>] [--json] <file>...
// Each file is its own job and transaction. The JSON output and the exit codes are a stable
// interface: 0 every file imported (quarantined rows allowed), 1 a file could not be imported
// (nothing of it was written), 2 bad usage.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toErrorPayload, type ErrorPayload } from '../../../api/errors.js';
import { POINTS_FIELD, type ImportFileResult, type MappingSpec, type RowProblem } from '../../../api/importTypes.js';
import { dataKinds, type DataKind } from '../../../api/types.js';
import type { Engine } from '../../../host/engine.js';
import { withEngine } from '../cliEngine.js';
import { readMappingOption, toMappingSpec } from '../mapping.js';
import { formatCount } from '../numbers.js';
import { progressBar } from '../progressBar.js';
import { formatTable } from '../table.js';
import { importUsage, UsageError } from '../usage.js';

/**
 * One file's object in the --json output: the import's result as the API reports it, the file
 * as given on the command line, each quarantined row's problem without its internal code, and
 * `error` when the file could not be imported at all.
 */
export type FileReport = Pick<
  ImportFileResult,
  'file' | 'kind' | 'rowsRead' | 'imported' | 'updated' | 'skipped' | 'quarantined' | 'unmatched' | 'seconds'
> & {
  errors: Pick<RowProblem, 'row' | 'column' | 'reason'>[];
  error?: ErrorPayload;
};

const SHOWN_PROBLEMS = 5;

export async function importCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' },
      kind: { type: 'string' },
      mapping: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (!values.workspace) throw new UsageError('--workspace <file> is required.', importUsage);
  if (!values.kind) throw new UsageError('--kind <kind> is required.', importUsage);
  const kind = values.kind;
  if (!isDataKind(kind)) throw new UsageError(`Unknown kind '${kind}'. Kinds: ${dataKinds.join(', ')}.`, importUsage);
  if (positionals.length === 0) throw new UsageError('Name at least one file to import.', importUsage);
  const rawMapping = values.mapping === undefined ? undefined : readMappingOption(values.mapping);
  const workspaceFile = values.workspace;

  const reports = await withEngine(async (engine) => {
    // Checked before the workspace is opened or created: bad usage leaves no file behind. The
    // engine validates import.run's arguments with the same schema, so it finds nothing more.
    const mapping = rawMapping === undefined ? undefined : toMappingSpec(rawMapping, kind, await fieldNames(engine, kind));
    try {
      await openOrCreate(engine, workspaceFile);
    } catch (error) {
      // No file can go in: each says why, so that --json still prints its one object.
      const payload = toErrorPayload(error);
      return positionals.map((file) => failed(file, kind, payload));
    }
    const done: FileReport[] = [];
    for (const file of positionals) {
      if (process.exitCode === 130) break; // interrupted: leave the remaining files alone
      done.push(await importFile(engine, file, kind, mapping));
    }
    return done;
  });

  if (values.json) process.stdout.write(JSON.stringify({ files: reports }) + '\n');
  else printHuman(reports);
  if (process.exitCode === 130) return 130;
  return reports.some((r) => r.error) ? 1 : 0;
}

function isDataKind(value: string): value is DataKind {
  return (dataKinds as readonly string[]).includes(value);
}

async function openOrCreate(engine: Engine, file: string): Promise<void> {
  if (fs.existsSync(file)) await engine.call('workspace.open', { path: file });
  else await engine.call('workspace.create', { path: file });
}

/**
 * The names --mapping may use for `kind`, as the engine defines them: every field but the point
 * columns of a wide curve, which are found by their pattern (P1..P96, 0:15..24:00) and which the
 * engine refuses in a mapping.
 */
async function fieldNames(engine: Engine, kind: DataKind): Promise<string[]> {
  const spec = (await engine.call('import.kinds', {})).find((k) => k.kind === kind);
  return spec?.fields.map((f) => f.name).filter((name) => name !== POINTS_FIELD) ?? [];
}

async function importFile(engine: Engine, file: string, kind: DataKind, mapping: MappingSpec | undefined): Promise<FileReport> {
  const bar = progressBar(process.stderr, path.basename(file));
  try {
    const result = await engine.runJob(
      'import.run',
      { path: path.resolve(file), kind, ...(mapping ? { mapping } : {}) },
      (p) => bar.update(p),
    );
    return report(file, kind, result);
  } catch (error) {
    return failed(file, kind, toErrorPayload(error));
  } finally {
    bar.end();
  }
}

function report(file: string, kind: DataKind, r: ImportFileResult): FileReport {
  return {
    file,
    kind,
    rowsRead: r.rowsRead,
    imported: r.imported,
    updated: r.updated,
    skipped: r.skipped,
    quarantined: r.quarantined,
    unmatched: r.unmatched,
    errors: r.errors.slice(0, 100).map(({ row, column, reason }) => ({ row, column, reason })),
    seconds: r.seconds,
  };
}

function failed(file: string, kind: DataKind, error: ErrorPayload): FileReport {
  return { file, kind, rowsRead: 0, imported: 0, updated: 0, skipped: 0, quarantined: 0, unmatched: 0, errors: [], seconds: 0, error };
}

function printHuman(reports: FileReport[]): void {
  const headers = ['File', 'Kind', 'Read', 'Imported', 'Updated', 'Skipped', 'Quarantined', 'Unmatched'];
  const rows = reports.map((r) => [
    r.file,
    r.kind,
    ...[r.rowsRead, r.imported, r.updated, r.skipped, r.quarantined, r.unmatched].map((n) => (r.error ? '-' : formatCount(n))),
  ]);
  const lines = [formatTable(headers, rows, [2, 3, 4, 5, 6, 7])];
  for (const r of reports) {
    if (r.error) {
      lines.push('', `${r.file}: not imported, nothing of it was written. ${r.error.message}`);
    } else if (r.quarantined > 0) {
      lines.push('', `${r.file}: ${formatCount(r.quarantined)} rows quarantined, for example:`);
      for (const e of r.errors.slice(0, SHOWN_PROBLEMS)) lines.push(`  row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.reason}`);
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
}
