// The quarantined rows of an import as an Excel file a user can fix and import again: the
// original headers and cells, plus two columns naming the column at fault and the reason
// (their headers match no field, so a re-import ignores them). The reason is written in the
// user's language: in Chinese, the interface's words for the problem (resources/locales) and the
// cell at fault; in English, the engine's own reason. Written with exceljs's
// streaming writer, so any number of rows fits in constant memory.
//
// The workbook is written to a temporary file beside the target and renamed onto it only when
// complete: a failure, a cancel or a killed worker never leaves a partial workbook at the
// user's path. A path the client names is never replaced unless it says `overwrite`: a web
// client must not silently overwrite any file on the machine.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { EngineError } from '../api/errors.js';
import type { Language } from '../api/types.js';
import type { Db } from '../store/database.js';
import zhCN from '../../resources/locales/zh-CN.json';
import { importHeaders, quarantineRows } from './quarantineRows.js';

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

/** Rows written between two looks at cancel and progress. */
const CHECK_EVERY = 1000;

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
): Promise<{ path: string; fileName: string }> {
  const { fileName, headers, total } = importHeaders(db, importId);
  const file = target.path ?? newFileIn(target.folder, fileName, importId);
  const refuseExisting = () => {
    if (!target.overwrite && fs.existsSync(file)) {
      throw new EngineError('io', `${file} already exists and was left as it is. Choose another file, or ask to overwrite it.`, {
        path: file,
      });
    }
  };
  refuseExisting();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.partial`);
  try {
    const done = await writeWorkbook(temporary, headers, quarantineRows(db, importId), total, job, language);
    job.throwIfCancelled();
    refuseExisting(); // a file may have appeared there meanwhile
    fs.renameSync(temporary, file);
    job.progress(done, total);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  return { path: file, fileName: path.basename(file) };
}

/** Writes the workbook; returns the rows written. */
async function writeWorkbook(
  file: string,
  headers: string[],
  rows: Iterable<{ cells: string[]; column: string; code: string; reason: string }>,
  total: number,
  job: ExportJob,
  language: Language,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(SHEET_NAME[language]);
  let done = 0;
  try {
    sheet.addRow([...headers, PROBLEM_COLUMN_HEADER, PROBLEM_REASON_HEADER]).commit();
    for (const row of rows) {
      // Cells under the header as they were (a short row padded), so the problem columns line up;
      // cells beyond the header have no column to import into.
      const cells = headers.map((_, i) => row.cells[i] ?? '');
      sheet.addRow([...cells, row.column, reasonText(language, row, headers)]).commit();
      if (++done % CHECK_EVERY === 0) {
        job.throwIfCancelled();
        job.progress(done, total);
      }
    }
  } finally {
    // Closed even when the rows stopped half-way, so that the file can be deleted (Windows
    // refuses to delete an open file).
    sheet.commit();
    await workbook.commit();
  }
  return done;
}

function newFileIn(folder: string, source: string, importId: number): string {
  const base = `${source.replace(/\.[^.]+$/, '')}-quarantine-${importId}`;
  let file = path.join(folder, `${base}.xlsx`);
  for (let n = 2; fs.existsSync(file); n++) file = path.join(folder, `${base}-${n}.xlsx`);
  return file;
}
