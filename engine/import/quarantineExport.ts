// The quarantined rows of an import as an Excel file a user can fix and import again: the
// original headers and cells, plus two columns naming the column at fault and the reason
// (their headers match no field, so a re-import ignores them). The reason is written in the
// user's language: in Chinese, the interface's words for the problem (resources/locales) and the
// cell at fault; in English, the engine's own reason. Written with exceljs's streaming writer,
// a page of rows at a time: after each page the export waits until the zip has taken it, so
// that memory holds about a page whatever the number of rows.
//
// The workbook lands as every export's file does (core/exportFile.ts): written beside the target
// and renamed onto it only when complete, so a failure, a cancel or a killed worker never leaves
// a partial workbook at the user's path; a path the client names is never replaced unless it
// says `overwrite`: a web client must not silently overwrite any file on the machine.
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Language } from '../api/types.js';
import { targetFile, writeInPlace } from '../core/exportFile.js';
import type { Db } from '../store/database.js';
import zhCN from '../../resources/locales/zh-CN.json';
import type { QuarantineRow } from '../api/importTypes.js';
import { importHeaders, quarantinePages } from './quarantineRows.js';
import { maskRow, personalColumns } from './quarantineMask.js';
import type { Masker } from '../catalog/mask.js';

export const PROBLEM_COLUMN_HEADER = '问题列 (problem column)';
export const PROBLEM_REASON_HEADER = '问题原因 (reason)';

const SHEET_NAME: Record<Language, string> = { 'zh-CN': '隔离行', en: 'quarantine' };

/** Why a row was quarantined, in the language asked for. */
export function reasonText(
  language: Language,
  row: { code: string; column: string; reason: string; cells: string[] },
  headers: string[],
): string {
  if (language === 'en') return row.reason;
  const words = (zhCN.problems as Record<string, string>)[row.code];
  if (!words) return row.reason; // a code new to the translations: the engine's words rather than none
  const at = row.column === '' ? -1 : headers.indexOf(row.column);
  const value = at >= 0 ? (row.cells[at] ?? '').trim() : '';
  return value === '' ? words : `${words}：${value}`;
}

/** Rows read, written and waited for at a time, between two looks at cancel and progress. */
const PAGE_ROWS = 1000;

export interface ExportTarget {
  /** The file to write; when absent, a new file in `folder`. */
  path?: string;
  /** Replace `path` if it exists. */
  overwrite?: boolean;
  folder: string;
}

export interface ExportJob {
  /** Throws when the user cancelled. */
  throwIfCancelled(): void;
  progress(done: number, total: number): void;
}

export async function exportQuarantine(
  db: Db,
  importId: number,
  target: ExportTarget,
  job: ExportJob,
  language: Language = 'en',
  unmask = false,
): Promise<{ path: string; fileName: string; rows: number }> {
  const { fileName, headers, total } = importHeaders(db, importId);
  // Personal cells masked unless asked for on purpose (to fix the rows and import them again).
  const personal = unmask ? new Map<number, Masker>() : personalColumns(db, importId);
  const file = targetFile(target, `${fileName.replace(/\.[^.]+$/, '')}-quarantine-${importId}`, 'xlsx');
  let done = 0;
  await writeInPlace(file, target.overwrite, async (temporary) => {
    done = await writeWorkbook(temporary, headers, maskedPages(quarantinePages(db, importId, PAGE_ROWS), personal), total, job, language);
    job.throwIfCancelled();
  });
  job.progress(done, total);
  return { path: file, fileName: path.basename(file), rows: done };
}

function* maskedPages(pages: Iterable<QuarantineRow[]>, personal: Map<number, Masker>): Generator<QuarantineRow[]> {
  for (const page of pages) yield page.map((row) => maskRow(row, personal));
}

/** Writes the workbook; returns the rows written. */
async function writeWorkbook(
  file: string,
  headers: string[],
  pages: Iterable<QuarantineRow[]>,
  total: number,
  job: ExportJob,
  language: Language,
): Promise<number> {
  const output = fs.createWriteStream(file);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(SHEET_NAME[language]);
  let done = 0;
  try {
    sheet.addRow([...headers, PROBLEM_COLUMN_HEADER, PROBLEM_REASON_HEADER]).commit();
    for (const page of pages) {
      for (const row of page) {
        // Cells under the header as they were (a short row padded), so the problem columns line
        // up; cells beyond the header have no column to import into.
        const cells = headers.map((_, i) => row.cells[i] ?? '');
        sheet.addRow([...cells, row.column, reasonText(language, row, headers)]).commit();
      }
      done += page.length;
      job.throwIfCancelled();
      job.progress(done, total);
      await unlessFailed(output, zipped(sheet));
    }
  } finally {
    // Closed even when the rows stopped half-way, so that the file can be deleted (Windows
    // refuses to delete an open file); a file that failed is closed by its stream already.
    sheet.commit();
    if (!output.errored) await unlessFailed(output, workbook.commit());
  }
  return done;
}

/**
 * Resolves once the zip has taken the rows committed so far. exceljs writes a committed row
 * to the sheet's zip entry whether or not the compressor keeps up (it has no back-pressure,
 * exceljs/exceljs#734), so rows committed in a loop would queue in front of the compressor,
 * the whole sheet by the end (270 MB of memory at 200,000 rows). The sheet's stream (in
 * exceljs 4, a StreamBuf) lists the entry it writes to in `pipes`; write() says whether a
 * stream's buffer is full, and an empty chunk asks without adding to it.
 */
async function zipped(sheet: ExcelJS.Worksheet): Promise<void> {
  const { pipes } = (sheet as unknown as { stream: { pipes: Writable[] } }).stream;
  for (const entry of pipes) if (!entry.write(NOTHING)) await once(entry, 'drain');
}

const NOTHING = Buffer.alloc(0);

/**
 * `work`, unless the file fails first: writes now happen while rows are still being added, and
 * exceljs listens for the file's errors only once committing, so a failed write (a full disk)
 * would otherwise end the worker, or leave the export waiting for a drain that never comes.
 */
function unlessFailed<T>(output: fs.WriteStream, work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    output.once('error', reject);
    work.then(resolve, reject).finally(() => output.off('error', reject));
  });
}
