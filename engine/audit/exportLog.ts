// The audit log as a file (the audit.export job): the entries matching the filters, newest
// first, as CSV (UTF-8 with a byte-order mark, which Excel needs to read Chinese) or an Excel
// workbook (a frozen header row, and an info sheet: the filters, the chain's state, when made).
// Actions in words of the language asked for; the detail as its JSON text. The export is itself
// an export: it is recorded in the log it copies.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { AuditEntry } from '../api/auditTypes.js';
import type { Translate } from '../api/theftReasonText.js';
import type { Language } from '../api/types.js';
import { nowIso } from '../core/calendar.js';
import { csvLine, targetFile, writeInPlace, type FileTarget } from '../core/exportFile.js';
import type { Db } from '../store/database.js';
import { wordsIn } from '../theft/export/words.js';
import { auditEntries, auditWhere, type AuditFilter } from './list.js';
import { verifyAuditChain } from './verify.js';

export interface AuditExportArgs extends AuditFilter, FileTarget {
  format: 'csv' | 'xlsx';
  language: Language;
}

export interface ExportProgress {
  throwIfCancelled(): void;
  progress(done: number, total: number): void;
}

type Cell = string | number | null;

const columns: { key: string; width: number; value: (e: AuditEntry, t: Translate) => Cell }[] = [
  { key: 'seq', width: 8, value: (e) => e.seq },
  { key: 'at', width: 22, value: (e) => e.at },
  { key: 'actor', width: 16, value: (e) => e.actor },
  { key: 'role', width: 12, value: (e, t) => (e.role ? t(`audit.roles.${e.role}`) : null) },
  { key: 'action', width: 16, value: (e, t) => t(`audit.actions.${e.action}`, { defaultValue: e.action }) },
  { key: 'subject', width: 30, value: (e) => e.subject },
  { key: 'detail', width: 80, value: (e) => JSON.stringify(e.detail) },
  { key: 'hash', width: 66, value: (e) => e.hash },
];

const BATCH_ROWS = 2000;

export async function exportAuditLog(db: Db, args: AuditExportArgs, job: ExportProgress): Promise<{ path: string; fileName: string; rows: number }> {
  const t = wordsIn(args.language);
  const where = auditWhere(args);
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log ${where.sql}`).get(...where.params) as { n: number }).n;
  const chain = verifyAuditChain(db);
  const file = targetFile(args, 'audit-log', args.format);
  const headers = columns.map((c) => t(`audit.columns.${c.key}`));
  function* rows(): Generator<Cell[][]> {
    let batch: Cell[][] = [];
    let done = 0;
    for (const entry of auditEntries(db, args)) {
      batch.push(columns.map((c) => c.value(entry, t)));
      if (batch.length === BATCH_ROWS) {
        job.throwIfCancelled();
        yield batch;
        done += batch.length;
        job.progress(done, total);
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
  await writeInPlace(file, args.overwrite, async (temporary) => {
    if (args.format === 'csv') writeCsv(temporary, headers, rows());
    else {
      const chainWords = chain.ok
        ? t('audit.verify.intact', { count: chain.entries })
        : t('audit.verify.broken', { seq: chain.firstBroken!.seq, reason: t(`audit.verify.reasons.${chain.firstBroken!.reason}`) });
      const info: [string, string][] = [
        [t('audit.export.filters'), describeFilter(args, t)],
        [t('audit.export.rows'), String(total)],
        [t('audit.export.chain'), chainWords],
        [t('audit.export.generatedAt'), nowIso()],
      ];
      await writeWorkbook(temporary, headers, rows(), t, info);
    }
    job.throwIfCancelled();
  });
  job.progress(total, total);
  return { path: file, fileName: path.basename(file), rows: total };
}

function describeFilter(filter: AuditFilter, t: Translate): string {
  const parts = [
    filter.actions?.length ? filter.actions.map((a) => t(`audit.actions.${a}`)).join(', ') : null,
    filter.actor ?? null,
    filter.subject ?? null,
    filter.from || filter.to ? `${filter.from ?? '…'} – ${filter.to ?? '…'}` : null,
  ].filter((p) => p !== null);
  return parts.length > 0 ? parts.join('; ') : t('audit.export.everything');
}

function writeCsv(file: string, headers: string[], batches: Iterable<Cell[][]>): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, '\uFEFF' + csvLine(headers) + '\r\n');
    for (const batch of batches) fs.writeSync(fd, batch.map((row) => csvLine(row) + '\r\n').join(''));
  } finally {
    fs.closeSync(fd);
  }
}

async function writeWorkbook(file: string, headers: string[], batches: Iterable<Cell[][]>, t: Translate, info: [string, string][]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(t('audit.export.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  const header = sheet.addRow(headers);
  header.font = { bold: true };
  header.commit();
  for (const batch of batches) for (const row of batch) sheet.addRow(row).commit();
  sheet.commit();
  const infoSheet = workbook.addWorksheet(t('audit.export.infoSheet'));
  infoSheet.columns = [{ width: 24 }, { width: 60 }];
  for (const row of info) infoSheet.addRow(row).commit();
  infoSheet.commit();
  await workbook.commit();
}
