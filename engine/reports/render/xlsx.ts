// A report as an Excel workbook: a first sheet with the title, the period, when it was made, the
// demo mark and the headline figures; then a sheet per section with its sentences and notes, its
// table (numbers kept as numbers, formatted) and its chart as a picture beside the table.
import ExcelJS from 'exceljs';
import type { CellFormat, ReportBlock, ReportContent, ReportTable } from '../../api/reportsTypes.js';
import type { FontChoice } from '../../pdf/font.js';
import { formatDateTime } from '../../pdf/format.js';
import type { ReportWords } from '../words.js';
import { chartPngs } from './chartPng.js';
import { chartSvg } from './chartSvg.js';

const numFmt: Partial<Record<CellFormat, string>> = { integer: '#,##0', decimal: '#,##0.00', yuan: '#,##0.00', percent: '0.0%' };
const CHART = { width: 640, height: 280 };
const DEMO_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE8E6' } };

export interface XlsxProgress {
  section?: (index: number, count: number) => void;
}

/** A sheet name Excel accepts (31 characters, none of []:*?/\), unique in the workbook. */
export function sheetName(heading: string, taken: Set<string>): string {
  const base = heading.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 28) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 26)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function writeTable(sheet: ExcelJS.Worksheet, table: ReportTable, startRow: number): number {
  const header = sheet.getRow(startRow);
  table.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.label;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F4' } };
  });
  table.rows.forEach((row, r) => {
    const line = sheet.getRow(startRow + 1 + r);
    row.forEach((value, i) => {
      const cell = line.getCell(i + 1);
      cell.value = value;
      const format = numFmt[table.columns[i]!.format];
      if (format && typeof value === 'number') cell.numFmt = format;
    });
  });
  table.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(column.width ?? 10, c.format === 'text' ? 18 : 14);
  });
  return startRow + table.rows.length + 1;
}

export async function writeReportXlsx(file: string, content: ReportContent, words: ReportWords, font: FontChoice, progress: XlsxProgress = {}): Promise<number> {
  const { t, language } = words;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Power Marketing Workbench';
  workbook.title = content.title;
  const taken = new Set<string>();
  const cover = workbook.addWorksheet(sheetName(t('reports.xlsx.coverSheet'), taken));
  cover.getColumn(1).width = 28;
  cover.getColumn(2).width = 60;
  cover.getCell('A1').value = content.title;
  cover.getCell('A1').font = { bold: true, size: 16 };
  const facts: [string, string][] = [
    [t('reports.xlsx.period'), content.periodText],
    [t('reports.xlsx.generatedAt'), formatDateTime(content.generatedAt, language)],
    ...(content.isDemo ? [[t('workspace.demoBadge'), t('workspace.demoHint')] as [string, string]] : []),
  ];
  facts.forEach(([label, value], i) => {
    const row = cover.getRow(3 + i);
    row.getCell(1).value = label;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = value;
    if (label === t('workspace.demoBadge')) row.eachCell((cell) => (cell.fill = DEMO_FILL));
  });

  const charts = content.blocks.flatMap((b) => (b.kind === 'chart' && b.chart ? [b.chart] : []));
  const pictures = chartPngs(
    charts.map((chart) => chartSvg(chart, content.language, CHART.width, CHART.height)),
    CHART.width,
    CHART.height,
    font,
  );
  const pictureOf = new Map(charts.map((chart, i) => [chart, pictures[i]!]));
  for (const [i, block] of content.blocks.entries()) {
    progress.section?.(i, content.blocks.length);
    if (block.kind === 'kpis') {
      let row = 4 + facts.length;
      cover.getCell(row, 1).value = block.heading;
      cover.getCell(row, 1).font = { bold: true, size: 12 };
      row = writeTable(cover, kpiTable(block, words), row + 1) + 1;
      for (const note of block.notes) cover.getCell(row++, 1).value = note;
      continue;
    }
    writeSection(workbook, sheetName(block.heading, taken), block, block.kind === 'chart' && block.chart ? pictureOf.get(block.chart) : undefined);
  }
  await workbook.xlsx.writeFile(file);
  return workbook.worksheets.length;
}

function kpiTable(block: Extract<ReportBlock, { kind: 'kpis' }>, { t }: ReportWords): ReportTable {
  return {
    columns: [
      { label: t('reports.xlsx.figure'), format: 'text' },
      { label: t('reports.xlsx.value'), format: 'decimal' },
      { label: t('reports.xlsx.unit'), format: 'text' },
      { label: t('reports.kpiMom'), format: 'percent' },
      { label: t('reports.kpiYoy'), format: 'percent' },
    ],
    // Rates' changes are differences of rates, which a percentage format writes as points.
    rows: block.kpis.map((k) => [k.label, k.value, k.format === 'percent' ? '%' : k.unit, k.mom, k.yoy]),
  };
}

function writeSection(workbook: ExcelJS.Workbook, name: string, block: Exclude<ReportBlock, { kind: 'kpis' }>, picture: Buffer | undefined): void {
  const sheet = workbook.addWorksheet(name);
  sheet.getColumn(1).width = 18;
  sheet.getCell('A1').value = block.heading;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  let row = 2;
  if (block.kind === 'text') {
    sheet.getCell(row, 1).value = block.body;
    sheet.getCell(row, 1).alignment = { wrapText: true, vertical: 'top' };
    sheet.getColumn(1).width = 100;
    return;
  }
  for (const sentence of block.sentences) sheet.getCell(row++, 1).value = sentence;
  for (const note of block.notes) {
    sheet.getCell(row, 1).value = note;
    sheet.getCell(row++, 1).font = { italic: true, color: { argb: 'FF6B7782' } };
  }
  const tableRow = row + 1;
  if (block.table) writeTable(sheet, block.table, tableRow);
  if (picture) {
    const image = workbook.addImage({ buffer: picture as unknown as ExcelJS.Buffer, extension: 'png' });
    const column = (block.table?.columns.length ?? 0) + 1;
    sheet.addImage(image, { tl: { col: column, row: tableRow - 1 }, ext: CHART });
  }
}
