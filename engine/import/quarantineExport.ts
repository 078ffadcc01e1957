// The quarantined rows of an import as an Excel file a user can fix and import again: the
// original headers and cells, plus two columns naming the column at fault and the reason
// (their headers match no field, so a re-import ignores them). Written with exceljs's
// streaming writer, so any number of rows fits in constant memory.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Db } from '../store/database.js';
import { importHeaders, quarantineRows } from './quarantineRows.js';

export const PROBLEM_COLUMN_HEADER = '问题列 (problem column)';
export const PROBLEM_REASON_HEADER = '问题原因 (reason)';

export interface ExportTarget {
  /** The file to write; when absent, a new file in `folder`. */
  path?: string;
  folder: string;
}

export async function exportQuarantine(
  db: Db,
  importId: number,
  target: ExportTarget,
  progress: (done: number, total: number) => void,
): Promise<{ path: string; fileName: string }> {
  const { fileName, headers, total } = importHeaders(db, importId);
  const file = target.path ?? newFileIn(target.folder, fileName, importId);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('quarantine');
  sheet.addRow([...headers, PROBLEM_COLUMN_HEADER, PROBLEM_REASON_HEADER]).commit();
  let done = 0;
  for (const row of quarantineRows(db, importId)) {
    // Cells under the header as they were (a short row padded), so the problem columns line up;
    // cells beyond the header have no column to import into.
    const cells = headers.map((_, i) => row.cells[i] ?? '');
    sheet.addRow([...cells, row.column, row.reason]).commit();
    if (++done % 1000 === 0) progress(done, total);
  }
  sheet.commit();
  await workbook.commit();
  progress(done, total);
  return { path: file, fileName: path.basename(file) };
}

function newFileIn(folder: string, source: string, importId: number): string {
  const base = `${source.replace(/\.[^.]+$/, '')}-quarantine-${importId}`;
  let file = path.join(folder, `${base}.xlsx`);
  for (let n = 2; fs.existsSync(file); n++) file = path.join(folder, `${base}-${n}.xlsx`);
  return file;
}
