// sql.export: the whole result of a console statement (up to sqlExportRowLimit rows) as CSV
// (UTF-8 with a byte-order mark, which Excel needs to read Chinese) or an Excel workbook (a
// frozen header row and an info sheet: the statement, rows, masked columns, when, demo mark).
// Rows come from the child process batch by batch, each written before the next is asked for;
// a cancel kills the child and the partial file is removed (core/exportFile.ts).
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sqlExportRowLimit, type SqlCell, type SqlColumn, type SqlExportResult } from '../../api/sqlTypes.js';
import type { Language } from '../../api/types.js';
import { nowIso } from '../../core/calendar.js';
import { csvLine, targetFile, writeInPlace } from '../../core/exportFile.js';
import { wordsIn } from '../../theft/export/words.js';
import { runInChild } from './runner.js';

export interface SqlExportArgs {
  sql: string;
  format: 'csv' | 'xlsx';
  timeoutSeconds: number;
  unmask: boolean;
  language?: Language | undefined;
  path?: string | undefined;
  overwrite?: boolean | undefined;
  folder: string;
  isDemo: boolean;
}

export interface SqlExportJob {
  cancelled(): boolean;
  progress(rows: number): void;
  script?: string;
}

const BATCH_ROWS = 5000;

interface RowSink {
  header(columns: SqlColumn[]): void;
  rows(rows: SqlCell[][]): void;
  close(info: { columns: SqlColumn[]; rows: number; truncated: boolean; masked: string[] }): Promise<void>;
}

function csvSink(file: string): RowSink {
  const fd = fs.openSync(file, 'w');
  return {
    header: (columns) => fs.writeSync(fd, '\uFEFF' + csvLine(columns.map((c) => c.name)) + '\r\n'),
    rows: (rows) => fs.writeSync(fd, rows.map((row) => csvLine(row) + '\r\n').join('')),
    close: async () => fs.closeSync(fd),
  };
}

function workbookSink(file: string, args: SqlExportArgs): RowSink {
  const t = wordsIn(args.language ?? 'en');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(t('sql.export.resultSheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  return {
    header: (columns) => {
      sheet.columns = columns.map((c) => ({ key: c.name, width: Math.min(40, Math.max(10, c.name.length + 2)) }));
      const header = sheet.addRow(columns.map((c) => c.name));
      header.font = { bold: true };
      header.commit();
    },
    rows: (rows) => {
      for (const row of rows) sheet.addRow(row).commit();
    },
    close: async (info) => {
      sheet.commit();
      const infoSheet = workbook.addWorksheet(t('sql.export.infoSheet'));
      infoSheet.columns = [{ width: 24 }, { width: 80 }];
      const lines: [string, string | number][] = [
        [t('sql.export.statement'), args.sql],
        [t('sql.export.rows'), info.rows],
        [t('sql.export.cut'), info.truncated ? t('sql.export.cutAt', { limit: sqlExportRowLimit }) : t('sql.export.notCut')],
        [t('sql.export.masked'), info.masked.length > 0 ? info.masked.join(', ') : t('sql.export.none')],
        [t('sql.export.generatedAt'), nowIso()],
        [t('sql.export.demo'), args.isDemo ? t('sql.export.demoYes') : t('sql.export.demoNo')],
      ];
      for (const line of lines) infoSheet.addRow(line).commit();
      infoSheet.commit();
      await workbook.commit();
    },
  };
}

export async function exportSql(workspace: string, args: SqlExportArgs, job: SqlExportJob): Promise<SqlExportResult> {
  const file = targetFile(args, 'sql-result', args.format);
  let written = 0;
  let masked: string[] = [];
  let unmasked = false;
  let personal: string[] = [];
  let truncated = false;
  await writeInPlace(file, args.overwrite, async (temporary) => {
    const sink = args.format === 'csv' ? csvSink(temporary) : workbookSink(temporary, args);
    let columns: SqlColumn[] = [];
    const result = await runInChild({
      request: { workspace, sql: args.sql, limit: sqlExportRowLimit, unmask: args.unmask, batchRows: BATCH_ROWS, blobs: 'hex' },
      timeoutSeconds: args.timeoutSeconds,
      deadline: 'batch',
      onColumns: (c, m, u, p) => {
        columns = c;
        masked = m;
        unmasked = u;
        personal = p;
        sink.header(c);
      },
      onRows: (rows) => {
        sink.rows(rows);
        written += rows.length;
        job.progress(written);
      },
      cancelled: job.cancelled,
      ...(job.script ? { script: job.script } : {}),
    }).catch(async (error: unknown) => {
      await sink.close({ columns, rows: written, truncated: false, masked }).catch(() => undefined);
      throw error;
    });
    truncated = result.truncated;
    await sink.close({ columns, rows: written, truncated, masked });
  });
  return { path: file, fileName: path.basename(file), rows: written, truncated, masked, unmasked, personal };
}
