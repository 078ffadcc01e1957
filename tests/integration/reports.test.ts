// Reports through the Engine on a small demo workspace: the monthly template saved and exported
// as a PDF in Chinese (its headings, the Overview's figures, the data-quality notes and a footer
// on every page, as extractable text) and as an Excel workbook (a sheet per section, numbers as
// numbers equal to the Overview's, the charts as pictures, the demo mark), and in English.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportSpec, SavedReport } from '../../engine/api/reportsTypes.js';
import type { Engine } from '../../engine/host/engine.js';
import { runCli } from '../helpers/cli.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { repoRoot } from '../helpers/paths.js';
import { pdfPages } from '../helpers/pdfText.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let dir: string;
let monthly: ReportSpec;
let saved: SavedReport;
let workspace: string;

const zh = JSON.parse(fs.readFileSync(path.join(repoRoot, 'resources', 'locales', 'zh-CN.json'), 'utf8')) as {
  reports: { modules: Record<string, Record<string, string>>; sections: { kpis: string } };
};
const grouped = (value: number) => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 }).format(value);

beforeAll(async () => {
  engine = createTestEngine();
  dir = makeTempDir();
  const file = (workspace = path.join(dir, 'reports.workbench'));
  await engine.runJob('demo.create', { path: file, seed: 6, customers: 150, days: 400, open: false });
  await engine.openWorkspace(file);
  monthly = (await engine.call('reports.templates', { language: 'zh-CN' }))[0]!.spec;
  saved = await engine.runJob('reports.save', { name: '月报', spec: monthly });
}, 300_000);

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

describe('reports.export to PDF', () => {
  it('holds the month’s headings, the Overview’s figures and what is missing, with a footer on every page', async () => {
    const target = path.join(dir, 'monthly.pdf');
    const written = await engine.runJob('reports.export', { reportId: saved.reportId, format: 'pdf', path: target });
    const pdf = fs.readFileSync(target);
    expect(written).toEqual({ path: target, fileName: 'monthly.pdf', format: 'pdf', bytes: pdf.length, parts: expect.any(Number) });
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(written.parts);
    const all = pages.join('\n');
    expect(all).toContain(monthly.title);
    expect(all).toContain(zh.reports.sections.kpis);
    for (const heading of [zh.reports.modules.consumption!.byMonth!, zh.reports.modules.arrears!.byMonth!, zh.reports.modules.theft!.cases!, zh.reports.modules.service!.volume!]) {
      expect(all).toContain(heading);
    }
    const month = monthly.period.from;
    const overview = await engine.call('overview.kpis', { from: month, to: month });
    expect(all).toContain(`本期用电量 ${grouped(overview.consumptionKwh)} kWh。`);
    expect(all).toContain(`${grouped(overview.consumptionKwh)} kWh`);
    // No model, run or case yet: the report says so and what to do.
    expect(all).toContain('尚未训练欠费风险模型并评分');
    expect(all).toContain('尚未进行窃电评分');
    expect(all).toContain('演示数据');
    pages.forEach((page, i) => expect(page).toContain(`第 ${i + 1} 页，共 ${pages.length} 页`));
    // The font is embedded as a subset of the glyphs used.
    expect(pdf.length).toBeLessThan(1024 * 1024);
  });

  it('speaks English from a definition not saved, into a new file in the exports folder named by its title', async () => {
    const { spec } = (await engine.call('reports.templates', { language: 'en', month: monthly.period.from }))[0]!;
    const written = await engine.runJob('reports.export', { spec: { ...spec, sections: [{ kind: 'kpis' }, { kind: 'text', heading: 'Outlook', body: 'Summer peak expected in July.' }] }, format: 'pdf' });
    expect(written.fileName).toBe(`${spec.title.replace(/,/g, ',')}.pdf`);
    const all = pdfPages(fs.readFileSync(written.path)).join('\n');
    expect(all).toContain('Key figures');
    expect(all).toContain('Summer peak expected in July.');
    expect(all).not.toContain('用电量');
  });
});

describe('reports.export to Excel', () => {
  it('writes a sheet per section with the figures as numbers and the charts as pictures', async () => {
    const target = path.join(dir, 'monthly.xlsx');
    const written = await engine.runJob('reports.export', { reportId: saved.reportId, format: 'xlsx', path: target });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(target);
    expect(written.parts).toBe(book.worksheets.length);
    const [cover, ...sections] = book.worksheets;
    expect(cover!.name).toBe('报告');
    expect(cover!.getCell('A1').value).toBe(monthly.title);
    const coverText = cover!.getSheetValues().flat().map(String).join(' ');
    expect(coverText).toContain('演示数据');
    const month = monthly.period.from;
    const overview = await engine.call('overview.kpis', { from: month, to: month });
    const kpiRow = cover!.getRows(1, cover!.rowCount)!.find((r) => r.getCell(1).value === '用电量')!;
    expect(kpiRow.getCell(2).value).toBe(overview.consumptionKwh);
    const consumption = sections.find((s) => s.name === zh.reports.modules.consumption!.byMonth)!;
    const totalRow = consumption.getRows(1, consumption.rowCount)!.find((r) => r.getCell(1).value === '合计')!;
    expect(totalRow.getCell(2).value).toBeCloseTo(overview.consumptionKwh, 6);
    expect(totalRow.getCell(2).numFmt).toBe('#,##0');
    expect(consumption.getImages()).toHaveLength(1);
    // A module without results is a sheet with its note and no picture.
    const risk = sections.find((s) => s.name === zh.reports.modules.risk!.grades)!;
    expect(String(risk.getCell('A2').value)).toContain('尚未训练欠费风险模型');
    expect(risk.getImages()).toHaveLength(0);
  });
});

describe('workbench report', () => {
  it('writes the monthly report for a month in the language asked for, as PDF or Excel by the extension', async () => {
    const home = makeTempDir();
    const out = path.join(dir, 'cli.pdf');
    const month = monthly.period.from;
    const run = await runCli(['report', '--workspace', workspace, '--month', month.replace('-', ''), '--language', 'en', '--out', out], { home });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const pages = pdfPages(fs.readFileSync(out));
    expect(run.stdout).toBe(`report written to ${out} (${pages.length} pages, ${fs.statSync(out).size} bytes)\n`);
    expect(pages.join('\n')).toContain('Key figures');
  });

  it('writes a saved report as an Excel workbook', async () => {
    const book = path.join(dir, 'saved.xlsx');
    const run = await runCli(['report', '--workspace', workspace, '--report', String(saved.reportId), '--out', book], { home: makeTempDir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^report written to .*saved\.xlsx \(\d+ sheets, \d+ bytes\)\n$/);
  });

  it('says what is wrong with its options (exit 2) and with the report (exit 1)', async () => {
    const home = makeTempDir();
    const bad = await runCli(['report', '--workspace', workspace, '--out', path.join(dir, 'r.docx')], { home });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--out names a .pdf or an .xlsx file');
    const month = await runCli(['report', '--workspace', workspace, '--month', 'June', '--out', path.join(dir, 'r.pdf')], { home });
    expect(month.code).toBe(2);
    const missing = await runCli(['report', '--workspace', workspace, '--report', '99', '--out', path.join(dir, 'r.pdf')], { home });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Report 99 is not in this workspace');
    expect(fs.existsSync(path.join(dir, 'r.pdf'))).toBe(false);
  });
});
