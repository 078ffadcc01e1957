// The collection priority list as a file (the risk.export job): every customer of a run matching
// the Risk page's filters, in its order, as CSV (UTF-8 with a byte-order mark, which Excel needs to
// read Chinese) or an Excel workbook (a frozen header row, column widths and number formats, and
// an info sheet: model, run, as-of day, filters, when made, demo mark). Reason codes in words of
// the language asked for.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { EngineError } from '../../api/errors.js';
import type { Translate } from '../../api/theftReasonText.js';
import type { RiskCustomerRow, RiskSort } from '../../api/riskTypes.js';
import type { Language } from '../../api/types.js';
import { nowIso } from '../../core/calendar.js';
import { getMeta, type Db } from '../../store/database.js';
import { wordsIn } from '../../theft/export/words.js';
import { countCustomers, customerBatches, type CustomerFilter } from '../queries/customers.js';
import { resolveRun, runInfo } from '../queries/runs.js';
import { getModel } from '../store/models.js';
import { collectionColumns, collectionHeaders, collectionRow, rowWords, type RowWords } from './columns.js';
import { withFullNames } from '../../audit/fullNames.js';
import { csvLine, targetFile, writeInPlace, type FileTarget } from '../../core/exportFile.js';
import { infoRows, type ExportInfo } from './info.js';

export interface CollectionExportArgs extends CustomerFilter, FileTarget {
  sort: RiskSort;
  format: 'csv' | 'xlsx';
  language: Language;
  /** Full customer names instead of masked ones (asked on purpose; the job records it). */
  unmask?: boolean | undefined;
}

export interface ExportProgress {
  throwIfCancelled(): void;
  progress(done: number, total: number): void;
}

/** Customers read and written at a time, between two looks at cancel and progress. */
const BATCH_ROWS = 2000;

/** Rows of an Excel sheet below its header. */
export const EXCEL_MAX_ROWS = 1_048_575;

export async function exportCollection(db: Db, args: CollectionExportArgs, job: ExportProgress): Promise<{ path: string; fileName: string }> {
  const { format, language, sort } = args;
  const t = wordsIn(language);
  const filter: CustomerFilter = {
    search: args.search,
    grades: args.grades,
    areaId: args.areaId,
    category: args.category,
    industry: args.industry,
    reason: args.reason,
    minProbability: args.minProbability,
  };
  const run = resolveRun(db, args.runId);
  const total = countCustomers(db, run.run_id, filter);
  if (format === 'xlsx') refuseOverExcelRows(total);
  const info: ExportInfo = {
    model: getModel(db, run.model_id).info,
    run: runInfo(run),
    filter,
    sort,
    rows: total,
    generatedAt: nowIso(),
    isDemo: getMeta(db, 'is_demo') === '1',
  };
  const file = targetFile(args, `risk-collection-run-${run.run_id}`, format);
  // Ranked rows a batch at a time, with a look at cancel and progress between batches.
  function* ranked(): Generator<[RiskCustomerRow, number][]> {
    let done = 0;
    for (const batch of customerBatches(db, run.run_id, filter, sort, BATCH_ROWS)) {
      job.throwIfCancelled();
      yield (args.unmask ? withFullNames(db, batch) : batch).map((row, i) => [row, done + i + 1]);
      done += batch.length;
      job.progress(done, total);
    }
  }
  await writeInPlace(file, args.overwrite, async (temporary) => {
    const words = rowWords(t, language);
    if (format === 'csv') writeCsv(temporary, ranked(), t, words);
    else await writeWorkbook(temporary, ranked(), t, words, info);
    job.throwIfCancelled();
  });
  job.progress(total, total);
  return { path: file, fileName: path.basename(file) };
}

/** Throws risk.too_many_rows past what one Excel sheet holds (a file Excel would refuse to open). */
export function refuseOverExcelRows(rows: number): void {
  if (rows > EXCEL_MAX_ROWS) {
    throw new EngineError('risk.too_many_rows', `The list has ${rows} customers; an Excel sheet holds at most ${EXCEL_MAX_ROWS}. Export it to CSV, or filter it.`, {
      rows,
      limit: EXCEL_MAX_ROWS,
    });
  }
}

function writeCsv(file: string, batches: Iterable<[RiskCustomerRow, number][]>, t: Translate, words: RowWords): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, '\uFEFF' + csvLine(collectionHeaders(t)) + '\r\n');
    for (const batch of batches) fs.writeSync(fd, batch.map(([row, rank]) => csvLine(collectionRow(row, rank, words)) + '\r\n').join(''));
  } finally {
    fs.closeSync(fd);
  }
}

async function writeWorkbook(file: string, batches: Iterable<[RiskCustomerRow, number][]>, t: Translate, words: RowWords, info: ExportInfo): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(t('risk.export.collectionSheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = collectionColumns.map((c, i) => ({ key: String(i), width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const header = sheet.addRow(collectionHeaders(t));
  header.font = { bold: true };
  header.commit();
  for (const batch of batches) for (const [row, rank] of batch) sheet.addRow(collectionRow(row, rank, words)).commit();
  sheet.commit();
  const infoSheet = workbook.addWorksheet(t('risk.export.infoSheet'));
  infoSheet.columns = [{ width: 24 }, { width: 60 }];
  for (const row of infoRows(t, info)) infoSheet.addRow(row).commit();
  infoSheet.commit();
  await workbook.commit();
}
