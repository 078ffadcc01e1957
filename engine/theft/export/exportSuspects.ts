// A score run's suspects as a file (the theft.export job): every suspect matching the Theft
// page's filters, in rank order, as CSV (UTF-8 with a byte-order mark, which Excel needs to read
// Chinese) or an Excel workbook (a frozen header row, column widths and number formats, and an
// info sheet: run, as-of day, filters, when made, demo mark). Rows are read a page at a time.
// The file lands as every export's does (core/exportFile.ts).
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Translate } from '../../api/theftReasonText.js';
import type { TheftSuspect } from '../../api/theftTypes.js';
import type { Language } from '../../api/types.js';
import { withFullNames } from '../../audit/fullNames.js';
import { nowIso } from '../../core/calendar.js';
import { csvLine, targetFile, writeInPlace } from '../../core/exportFile.js';
import { getMeta, type Db } from '../../store/database.js';
import { scoreRun, suspectsPage } from '../runStore.js';
import { infoRows, type ExportInfo, type SuspectsFilter } from './info.js';
import { suspectColumns, suspectHeaders, suspectRow } from './rows.js';
import { wordsIn } from './words.js';

export interface SuspectsExportArgs extends SuspectsFilter {
  runId?: number | undefined;
  format: 'csv' | 'xlsx';
  language?: Language | undefined;
  /** The file to write; when absent, a new file in `folder`. */
  path?: string | undefined;
  overwrite?: boolean | undefined;
  folder: string;
  /** Full customer names instead of masked ones (asked on purpose; the job records it). */
  unmask?: boolean | undefined;
}

export interface ExportProgress {
  throwIfCancelled(): void;
  progress(done: number, total: number): void;
}

/** Suspects read and written at a time, between two looks at cancel and progress. */
const PAGE_ROWS = 2000;

export async function exportSuspects(db: Db, args: SuspectsExportArgs, job: ExportProgress): Promise<{ path: string; fileName: string }> {
  const language = args.language ?? 'en';
  const t = wordsIn(language);
  const filter: SuspectsFilter = { search: args.search, category: args.category, areaId: args.areaId, reason: args.reason, minScore: args.minScore };
  const run = scoreRun(db, args.runId);
  const runId = run.runId!;
  const first = suspectsPage(db, { ...filter, runId, sort: 'rank', offset: 0, limit: PAGE_ROWS });
  const file = targetFile(args, `theft-suspects-run-${runId}`, args.format);
  const total = first.total;
  // The pages after the first, read as they are written.
  const names = (rows: TheftSuspect[]) => (args.unmask ? withFullNames(db, rows) : rows);
  function* pages(): Generator<TheftSuspect[]> {
    yield names(first.rows);
    for (let offset = PAGE_ROWS; offset < total; offset += PAGE_ROWS) {
      job.throwIfCancelled();
      job.progress(offset, total);
      yield names(suspectsPage(db, { ...filter, runId, sort: 'rank', offset, limit: PAGE_ROWS }).rows);
    }
  }
  const info: ExportInfo = { run, filter, rows: total, generatedAt: nowIso(), isDemo: getMeta(db, 'is_demo') === '1' };
  await writeInPlace(file, args.overwrite, async (temporary) => {
    if (args.format === 'csv') writeCsv(temporary, pages(), t, language);
    else await writeWorkbook(temporary, pages(), t, language, info);
    job.throwIfCancelled();
  });
  job.progress(total, total);
  return { path: file, fileName: path.basename(file) };
}

function writeCsv(file: string, pages: Iterable<TheftSuspect[]>, t: Translate, language: Language): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, '\uFEFF' + csvLine(suspectHeaders(t)) + '\r\n');
    for (const page of pages) fs.writeSync(fd, page.map((s) => csvLine(suspectRow(s, t, language)) + '\r\n').join(''));
  } finally {
    fs.closeSync(fd);
  }
}

async function writeWorkbook(file: string, pages: Iterable<TheftSuspect[]>, t: Translate, language: Language, info: ExportInfo): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(t('theft.export.suspectsSheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = suspectColumns.map((c, i) => ({ key: String(i), width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const header = sheet.addRow(suspectHeaders(t));
  header.font = { bold: true };
  header.commit();
  for (const page of pages) for (const s of page) sheet.addRow(suspectRow(s, t, language)).commit();
  sheet.commit();
  const infoSheet = workbook.addWorksheet(t('theft.export.infoSheet'));
  infoSheet.columns = [{ width: 24 }, { width: 60 }];
  for (const row of infoRows(t, info)) infoSheet.addRow(row).commit();
  infoSheet.commit();
  await workbook.commit();
}
