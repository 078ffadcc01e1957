// A query's result as a file (the query.export job): the pivot as the page lays it out (row
// dimensions, then a column per column value and measure, row totals, a totals row) or, without
// a pivot, the long table with a totals row; CSV (UTF-8 with a byte-order mark, for Excel to read
// Chinese) or an Excel workbook with an info sheet (the view, the spec in words, rows, whether
// cut, when made, demo mark). Values and headers in the language asked for.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { dimensionText, measureHeader, specLines, valueText } from '../../api/queryText.js';
import type { QueryResult, QuerySpecIn } from '../../api/queryTypes.js';
import type { Translate } from '../../api/theftReasonText.js';
import type { Language } from '../../api/types.js';
import { nowIso } from '../../core/calendar.js';
import { csvLine, targetFile, writeInPlace } from '../../core/exportFile.js';
import { getMeta, type Db } from '../../store/database.js';
import { wordsIn } from '../../theft/export/words.js';
import { measures } from './measures.js';
import { runQuerySpec } from './runSpec.js';

type Cell = string | number | null;

export interface QueryExportArgs {
  spec: QuerySpecIn;
  /** The saved view's name, when the query is one. */
  viewName?: string | undefined;
  format: 'csv' | 'xlsx';
  language: Language;
  path?: string | undefined;
  overwrite?: boolean | undefined;
  folder: string;
}

interface Sheet {
  header: string[];
  rows: Cell[][];
  /** Cells per column: whether the column holds figures (the workbook's number format). */
  figures: boolean[];
}

function longSheet(t: Translate, result: QueryResult): Sheet {
  const dims = result.spec.dimensions;
  const header = result.columns.map((c) => (c.kind === 'dimension' ? dimensionText(t, c.id as never) : measureHeader(t, c.id as never, c.unit!)));
  const rows: Cell[][] = result.rows.map((row) => row.map((cell, i) => (i < dims.length ? valueText(t, dims[i]!, cell as string | null, result.labels) : cell)));
  const totals: Cell[] = dims.map((_, i) => (i === 0 ? t('queryBuilder.total') : null));
  rows.push(dims.length === 0 ? result.totals : [...totals, ...result.totals]);
  return { header, rows, figures: result.columns.map((c) => c.kind === 'measure') };
}

function pivotSheet(t: Translate, result: QueryResult): Sheet {
  const pivot = result.pivot!;
  const header = [
    ...pivot.rowDimensions.map((d) => dimensionText(t, d)),
    ...pivot.columnValues.flatMap((v) => pivot.measures.map((m) => `${valueText(t, pivot.column, v, result.labels)} · ${measureHeader(t, m, measures[m].unit)}`)),
    ...pivot.measures.map((m) => `${t('queryBuilder.total')} · ${measureHeader(t, m, measures[m].unit)}`),
  ];
  const rows: Cell[][] = pivot.rows.map((r) => [
    ...r.keys.map((k, i) => valueText(t, pivot.rowDimensions[i]!, k, result.labels)),
    ...r.cells.flat(),
    ...r.total,
  ]);
  const label: Cell[] = pivot.rowDimensions.map((_, i) => (i === 0 ? t('queryBuilder.total') : null));
  rows.push([...label, ...pivot.columnTotals.flat(), ...pivot.grandTotal]);
  return { header, rows, figures: header.map((_, i) => i >= pivot.rowDimensions.length) };
}

export async function exportQuery(db: Db, args: QueryExportArgs, job: { throwIfCancelled(): void }): Promise<{ path: string; fileName: string; rows: number }> {
  const t = wordsIn(args.language);
  const result = runQuerySpec(db, args.spec);
  job.throwIfCancelled();
  const sheet = result.pivot ? pivotSheet(t, result) : longSheet(t, result);
  const base = args.viewName ? `query-${args.viewName.replace(/[\\/:*?"<>|\s]+/g, '-')}` : 'query';
  const file = targetFile(args, base, args.format);
  const rows = result.pivot ? result.pivot.rows.length : result.rows.length;
  await writeInPlace(file, args.overwrite, async (temporary) => {
    if (args.format === 'csv') {
      fs.writeFileSync(temporary, '\uFEFF' + [sheet.header, ...sheet.rows].map((r) => csvLine(r) + '\r\n').join(''));
      return;
    }
    const workbook = new ExcelJS.Workbook();
    const data = workbook.addWorksheet(t('queryBuilder.export.resultSheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
    data.columns = sheet.header.map((h, i) => ({ width: Math.min(40, Math.max(12, h.length + 2)), ...(sheet.figures[i] ? { style: { numFmt: '#,##0.00' } } : {}) }));
    data.addRow(sheet.header).font = { bold: true };
    for (const row of sheet.rows) data.addRow(row);
    data.lastRow!.font = { bold: true };
    const info = workbook.addWorksheet(t('queryBuilder.export.infoSheet'));
    info.columns = [{ width: 24 }, { width: 80 }];
    const truncated = result.truncated || (result.pivot?.truncated ?? false);
    for (const line of [
      ...(args.viewName ? [[t('queryBuilder.export.view'), args.viewName] as [string, string]] : []),
      ...specLines(t, result.spec),
      [t('queryBuilder.export.rows'), String(rows)],
      [t('queryBuilder.export.truncated'), truncated ? t('queryBuilder.export.truncatedYes', { limit: result.spec.limit }) : t('queryBuilder.export.truncatedNo')],
      [t('queryBuilder.export.generatedAt'), nowIso()],
      [t('queryBuilder.export.demo'), getMeta(db, 'is_demo') === '1' ? t('queryBuilder.export.demoYes') : t('queryBuilder.export.demoNo')],
    ]) {
      info.addRow(line);
    }
    await workbook.xlsx.writeFile(temporary);
  });
  return { path: file, fileName: path.basename(file), rows };
}
