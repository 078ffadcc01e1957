// import.run: one file, one transaction. The file is checked (header, kind, mapping) before
// anything is written; then BEGIN IMMEDIATE, an `imports` row, every data row parsed and
// written or quarantined, the writer's buffers flushed, the overview aggregates refreshed,
// the counts recorded, COMMIT. A failure or a cancel rolls all of it back: the workspace is
// exactly as it was. A cancel is honoured up to the moment of COMMIT.
import path from 'node:path';
import { EngineError } from '../api/errors.js';
import type { ImportFileResult, MappingSpec } from '../api/importTypes.js';
import type { DataKind } from '../api/types.js';
import { dataKinds } from '../api/types.js';
import { refreshAfterImport } from '../aggregates/refresh.js';
import type { JobContext } from '../services/context.js';
import type { Db } from '../store/database.js';
import { FieldReader } from './kinds/fieldReader.js';
import { kindDefinitions, synonymTable } from './kinds/index.js';
import { fieldUnits } from './kinds/types.js';
import { resolveMapping } from './mapping.js';
import { checkImportable } from './mappingCheck.js';
import { kindScores } from './mappingKind.js';
import { isBlankRow, readSample, SAMPLE_ROWS } from './mappingSample.js';
import { openTable } from './openTable.js';
import { QuarantineSink } from './quarantine.js';
import type { RowView } from './table.js';
import { createWriter } from './writers/index.js';
import type { BufferSizes } from './writers/interval.js';
import { emptyCounts } from './writers/types.js';
import { appendAudit } from '../audit/append.js';

export interface RunArgs {
  path: string;
  kind: DataKind;
  mapping?: MappingSpec;
}

export type ImportJob = Pick<JobContext, 'db' | 'progress' | 'throwIfCancelled' | 'dataChanged' | 'log' | 'actor'>;

/** The part of the progress bar for reading the file; the rest is for writing what is buffered. */
const READING_SHARE = 0.9;

/** Kinds whose figures change with an import of `kind`. */
const AFFECTED: Partial<Record<DataKind, DataKind[]>> = {
  // A curve's daily energy fills daily consumption where no reading covers the day.
  interval: ['interval', 'daily'],
  customers: ['customers', 'interval', 'daily', 'events', 'bills', 'tickets', 'inspections'],
  areas: ['areas', 'area-supply', 'customers'],
};

export async function runImport(job: ImportJob, args: RunArgs, sizes: BufferSizes = {}): Promise<ImportFileResult> {
  const started = Date.now();
  const fileName = path.basename(args.path);
  const options = args.mapping?.options ?? {};
  const source = await openTable(args.path, { encoding: options.encoding, sheet: options.sheet });
  try {
    const sample = await readSample(source, dataKinds.map(synonymTable), options.headerRow);
    const { headers } = sample;
    const resolution = resolveMapping(args.kind, headers, sample.headerRowNumber - 1, args.mapping, sample.rows.slice(0, SAMPLE_ROWS));
    checkImportable(fileName, args.kind, headers, resolution, kindScores(headers), args.mapping !== undefined);
    const columns = resolution.mapping.fields;
    const definition = kindDefinitions[args.kind];
    const sampleRows = sample.rows.filter((row) => !isBlankRow(row)).slice(0, SAMPLE_ROWS);
    const layout = definition.prepare?.({ headers, columns, options: resolution.mapping.options, sample: sampleRows });

    const db = job.db();
    const restore = bulkPragmas(db);
    db.exec('BEGIN IMMEDIATE');
    try {
      const importId = recordImport(db, args, fileName, source.sizeBytes, source.encoding, { ...resolution.mapping, layout }, headers);
      const quarantine = new QuarantineSink(db, importId);
      const counts = emptyCounts();
      const rowsText = () => `${rowsRead.toLocaleString('en')} rows`;
      const checkpoint = (done: number, total: number) => {
        job.throwIfCancelled();
        const fraction = READING_SHARE + (1 - READING_SHARE) * (total > 0 ? done / total : 1);
        job.progress(fraction, `${rowsText()}, writing ${done.toLocaleString('en')} of ${total.toLocaleString('en')} buffered`, {
          done: rowsRead,
        });
      };
      const writer = createWriter(args.kind, { db, importId, headers, columns, quarantine, counts, checkpoint }, layout, sizes);
      const reader = new FieldReader(headers, columns, source.format === 'csv', resolution.mapping.pointColumns, fieldUnits(definition.fields));
      let rowsRead = 0;
      const take = (row: RowView) => {
        if (isBlankRow(row)) return;
        rowsRead++;
        reader.start(row);
        const record = definition.parse(reader, layout);
        if (record === null) quarantine.add(reader.problem!, row.cells());
        else writer.add(record, row);
      };

      for (const row of sample.rows) take(row);
      for (;;) {
        job.throwIfCancelled();
        job.progress(READING_SHARE * (source.sizeBytes ? source.bytesRead / source.sizeBytes : 0), rowsText(), { done: rowsRead });
        const next = await sample.rest.next();
        if (next.done) break;
        for (const row of next.value) take(row);
      }
      job.throwIfCancelled();
      // A header with nothing under it is an export that went wrong, not an import of nothing:
      // refused like an empty file, and the imports row goes with the rollback.
      if (rowsRead === 0) throw noRows(fileName, sample.headerRowNumber);
      job.progress(READING_SHARE, `${rowsText()}, finishing`, { done: rowsRead });
      const summary = writer.finish();
      job.throwIfCancelled();
      refreshAfterImport(db, args.kind, summary.touched, summary.changedCustomers);
      // Rows that moved between meters leave their kinds' per-meter figures stale: recounted in full.
      for (const kind of summary.moved ?? []) refreshAfterImport(db, kind, null);
      const result: ImportFileResult = {
        file: args.path,
        kind: args.kind,
        importId,
        rowsRead,
        ...counts,
        quarantined: quarantine.count,
        unmatched: summary.unmatched,
        errors: quarantine.errors,
        seconds: (Date.now() - started) / 1000,
      };
      finishImport(db, importId, source.sha256(), result);
      appendAudit(db, job.actor, 'import', args.path, {
        kind: args.kind,
        importId,
        sha256: source.sha256(),
        rowsRead,
        imported: counts.imported,
        updated: counts.updated,
        skipped: counts.skipped,
        quarantined: quarantine.count,
      });
      // The refresh takes no cancel of its own: one that arrived during it is honoured here.
      job.throwIfCancelled();
      db.exec('COMMIT');
      job.log(
        `${fileName}: ${rowsRead} rows, ${counts.imported} imported, ${counts.updated} updated, ` +
          `${counts.skipped} skipped, ${quarantine.count} quarantined, ${summary.unmatched} unmatched`,
      );
      job.dataChanged(AFFECTED[args.kind] ?? [args.kind]);
      return result;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    } finally {
      restore();
    }
  } finally {
    await source.close();
  }
}

function noRows(fileName: string, headerRow: number): EngineError {
  return new EngineError(
    'import.no_rows',
    `${fileName} has a header (row ${headerRow}) but no data rows under it. Check that the export finished and was not filtered to nothing, then export the file again.`,
    { file: fileName, headerRow },
  );
}

/**
 * An import appends far more than it re-reads, and the aggregates refresh at its end sorts
 * what it wrote: a smaller page cache and sorts spilled to temporary files keep the peak
 * memory flat whatever the size of the file (tests/bench/import.ts: 10 x the file, same peak).
 */
function bulkPragmas(db: Db): () => void {
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  const tempStore = db.pragma('temp_store', { simple: true }) as number;
  db.pragma('cache_size = -32768'); // 32 MiB
  db.pragma('temp_store = FILE');
  return () => {
    db.pragma(`cache_size = ${Number(cacheSize)}`);
    db.pragma(`temp_store = ${Number(tempStore)}`);
  };
}

function recordImport(
  db: Db,
  args: RunArgs,
  fileName: string,
  sizeBytes: number,
  encoding: string | null,
  mapping: unknown,
  headers: string[],
): number {
  const info = db
    .prepare(
      `INSERT INTO imports (file, file_name, kind, sha256, size_bytes, encoding, mapping, started_at, headers)
       VALUES (?, ?, ?, '', ?, ?, ?, ?, ?)`,
    )
    .run(
      path.resolve(args.path),
      fileName,
      args.kind,
      sizeBytes,
      encoding,
      // The layout's scratch arrays are working memory, not part of the record.
      JSON.stringify(mapping, (_key, value: unknown) => (ArrayBuffer.isView(value) ? undefined : value)),
      new Date().toISOString(),
      JSON.stringify(headers),
    );
  return Number(info.lastInsertRowid);
}

function finishImport(db: Db, importId: number, sha256: string, result: ImportFileResult): void {
  db.prepare(
    `UPDATE imports SET sha256 = ?, finished_at = ?, rows_read = ?, imported = ?, updated = ?, skipped = ?, quarantined = ?
     WHERE import_id = ?`,
  ).run(
    sha256,
    new Date().toISOString(),
    result.rowsRead,
    result.imported,
    result.updated,
    result.skipped,
    result.quarantined,
    importId,
  );
}
