// quality.export: a figure's findings (or all the latest check kept) as an Excel workbook or a
// CSV (UTF-8 with a byte-order mark), with the kinds, checks and codes in words of the
// language asked for, and an info sheet (when checked, the thresholds, the figure, demo mark).
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { EngineError } from '../api/errors.js';
import { qualityCodeCheck, type QualityCode } from '../api/qualityTypes.js';
import type { DataKind, Language } from '../api/types.js';
import { formatDay, nowIso } from '../core/calendar.js';
import { csvLine, targetFile, writeInPlace } from '../core/exportFile.js';
import { getMeta, type Db } from '../store/database.js';
import { wordsIn } from '../theft/export/words.js';
import { qualitySummary } from './store.js';

export interface QualityExportArgs {
  kind?: DataKind | undefined;
  code?: QualityCode | undefined;
  format: 'csv' | 'xlsx';
  language?: Language | undefined;
  path?: string | undefined;
  overwrite?: boolean | undefined;
  folder: string;
}

type Cell = string | number | null;

export async function exportQuality(db: Db, args: QualityExportArgs, job: { progress(done: number, total: number): void; throwIfCancelled(): void }) {
  const { run } = qualitySummary(db);
  if (!run) throw new EngineError('quality.not_checked', 'The workspace has not been checked yet. Run the data quality check first.');
  const t = wordsIn(args.language ?? 'en');
  const where = ['check_id = ?'];
  const params: (string | number)[] = [run.checkId];
  if (args.kind) (where.push('kind = ?'), params.push(args.kind));
  if (args.code) (where.push('code = ?'), params.push(args.code));
  const total = db.prepare(`SELECT count(*) FROM quality_findings WHERE ${where.join(' AND ')}`).pluck().get(...params) as number;
  const headers = ['check', 'kind', 'code', 'entity', 'day', 'value', 'expected', 'detail'].map((h) => t(`quality.export.${h}`));
  const rows = db
    .prepare(`SELECT kind, code, entity, day, value, expected, detail FROM quality_findings WHERE ${where.join(' AND ')} ORDER BY kind, code, entity, day`)
    .raw(true)
    .iterate(...params) as IterableIterator<[DataKind, QualityCode, string, number | null, number | null, number | null, string | null]>;
  const cells = function* (): Generator<Cell[]> {
    let n = 0;
    for (const [kind, code, entity, day, value, expected, detail] of rows) {
      if (++n % 5000 === 0) {
        job.throwIfCancelled();
        job.progress(n, total);
      }
      yield [t(`quality.checks.${qualityCodeCheck[code]}`), t(`kinds.${kind}`), t(`quality.codes.${code}`), entity, day === null ? null : formatDay(day), value, expected, detail];
    }
  };
  const base = `data-quality${args.kind ? `-${args.kind}` : ''}${args.code ? `-${args.code}` : ''}`;
  const file = targetFile(args, base, args.format);
  await writeInPlace(file, args.overwrite, async (temporary) => {
    if (args.format === 'csv') {
      const fd = fs.openSync(temporary, 'w');
      try {
        fs.writeSync(fd, '\uFEFF' + csvLine(headers) + '\r\n');
        let batch: string[] = [];
        for (const row of cells()) {
          batch.push(csvLine(row) + '\r\n');
          if (batch.length === 5000) (fs.writeSync(fd, batch.join('')), (batch = []));
        }
        fs.writeSync(fd, batch.join(''));
      } finally {
        fs.closeSync(fd);
      }
      return;
    }
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temporary, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet(t('quality.export.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = [16, 16, 28, 22, 12, 14, 14, 60].map((width) => ({ width }));
    const header = sheet.addRow(headers);
    header.font = { bold: true };
    header.commit();
    for (const row of cells()) sheet.addRow(row).commit();
    sheet.commit();
    const info = workbook.addWorksheet(t('quality.export.infoSheet'));
    info.columns = [{ width: 24 }, { width: 60 }];
    const lines: [string, Cell][] = [
      [t('quality.export.checkedAt'), run.finishedAt],
      [t('quality.export.madK'), run.madK],
      [t('quality.export.figure'), [args.kind ? t(`kinds.${args.kind}`) : null, args.code ? t(`quality.codes.${args.code}`) : null].filter(Boolean).join(' · ') || t('quality.export.all')],
      [t('quality.export.rows'), total],
      [t('quality.export.generatedAt'), nowIso()],
      [t('quality.export.demo'), getMeta(db, 'is_demo') === '1' ? t('sql.export.demoYes') : t('sql.export.demoNo')],
    ];
    for (const line of lines) info.addRow(line).commit();
    info.commit();
    await workbook.commit();
  });
  job.progress(total, total);
  return { path: file, fileName: path.basename(file), rows: total };
}
