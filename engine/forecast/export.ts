// A saved run as a file: CSV (UTF-8 with a byte-order mark, without which Excel reads the
// Chinese headers and reasons as another code page) or an Excel workbook with a sheet of the
// points and one of the backtest metrics. Headers are written in the language asked for (the
// engine has no i18next: the few words are here). Like the quarantine export, the file is
// written beside its target and renamed into place when complete, and a path the client names
// is never replaced unless it says `overwrite`.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { EngineError } from '../api/errors.js';
import { dayTypes, type ForecastRun, type ModelMetrics, type ReportedModel } from '../api/forecastTypes.js';
import type { Language } from '../api/types.js';

export interface ForecastExportTarget {
  format: 'csv' | 'xlsx';
  /** The file to write; when absent, a new file in `folder`. */
  path?: string;
  overwrite?: boolean;
  folder: string;
  language?: Language;
}

const WORDS = {
  en: {
    timestamp: 'timestamp',
    forecast: 'forecast',
    temperature: 'temperature (°C)',
    actual: 'actual',
    override: 'override',
    reason: 'reason',
    points: 'forecast',
    metrics: 'backtest metrics',
    model: 'model',
    mape: 'MAPE (%)',
    wape: 'WAPE (%)',
    rmse: 'RMSE',
    bias: 'bias',
    pinball: 'pinball loss',
    coverage: 'P10-P90 coverage',
    origins: 'origins',
    models: { naive: 'naive', vanilla: 'vanilla', recency: 'recency', ml: 'ml', ensemble: 'ensemble', auto: 'auto' },
    dayTypes: { workday: 'workday', weekend: 'weekend', holiday: 'holiday', makeup_workday: 'make-up workday', spring_festival: 'Spring Festival' },
  },
  'zh-CN': {
    timestamp: '时间',
    forecast: '预测值',
    temperature: '气温(°C)',
    actual: '实际值',
    override: '人工修正值',
    reason: '修正原因',
    points: '预测',
    metrics: '回测指标',
    model: '模型',
    mape: 'MAPE(%)',
    wape: 'WAPE(%)',
    rmse: 'RMSE',
    bias: '偏差',
    pinball: '分位数损失',
    coverage: 'P10-P90覆盖率',
    origins: '回测起点数',
    models: { naive: '同期相似日', vanilla: '多元线性回归', recency: '近期效应回归', ml: '机器学习', ensemble: '加权组合', auto: '自动选择' },
    dayTypes: { workday: '工作日', weekend: '周末', holiday: '节假日', makeup_workday: '调休工作日', spring_festival: '春节期间' },
  },
} satisfies Record<Language, unknown>;

const reportedOrder: ReportedModel[] = ['naive', 'vanilla', 'recency', 'ml', 'ensemble'];

export async function exportRun(run: ForecastRun, target: ForecastExportTarget): Promise<{ path: string; fileName: string }> {
  const file = target.path ?? newFileIn(target.folder, run, target.format);
  const refuseExisting = () => {
    if (!target.overwrite && fs.existsSync(file)) {
      throw new EngineError('io', `${file} already exists and was left as it is. Choose another file, or ask to overwrite it.`, { path: file });
    }
  };
  refuseExisting();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.partial`);
  const words = WORDS[target.language ?? 'en'];
  try {
    const table = pointTable(run, words);
    if (target.format === 'csv') fs.writeFileSync(temporary, '\uFEFF' + [table.headers, ...table.rows].map(csvLine).join('\r\n') + '\r\n');
    else await writeWorkbook(temporary, table, run, words);
    refuseExisting(); // a file may have appeared there meanwhile
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  return { path: file, fileName: path.basename(file) };
}

type Words = (typeof WORDS)[Language];
type Cell = string | number | null;

/** The points as rows: timestamp, forecast, p10, p50, p90, temperature, each model the run reports, actual, override, reason. */
function pointTable(run: ForecastRun, words: Words): { headers: string[]; rows: Cell[][] } {
  const models = reportedOrder.filter((m) => run.points.some((p) => p.models[m] !== undefined));
  const headers = [words.timestamp, words.forecast, 'P10', 'P50', 'P90', words.temperature, ...models.map((m) => words.models[m]), words.actual, words.override, words.reason];
  const rows = run.points.map((p) => [
    p.ts,
    p.forecast,
    p.p10,
    p.p50,
    p.p90,
    p.temperature,
    ...models.map((m) => p.models[m] ?? null),
    p.actual,
    p.override?.value ?? null,
    p.override?.reason ?? null,
  ]);
  return { headers, rows };
}

async function writeWorkbook(file: string, points: { headers: string[]; rows: Cell[][] }, run: ForecastRun, words: Words): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(words.points);
  sheet.addRow(points.headers);
  for (const row of points.rows) sheet.addRow(row);
  const metrics = workbook.addWorksheet(words.metrics);
  metrics.addRow([
    words.model,
    words.mape,
    words.wape,
    words.rmse,
    words.bias,
    words.pinball,
    words.coverage,
    words.origins,
    ...dayTypes.map((t) => `MAPE ${words.dayTypes[t]}`),
  ]);
  for (const m of run.metrics) metrics.addRow(metricsRow(m, words));
  await workbook.xlsx.writeFile(file);
}

function metricsRow(m: ModelMetrics, words: Words): Cell[] {
  return [words.models[m.model], m.mape, m.wape, m.rmse, m.bias, m.pinball, m.coverage, m.origins, ...dayTypes.map((t) => m.byDayType[t] ?? null)];
}

function csvLine(cells: Cell[]): string {
  return cells.map(csvCell).join(',');
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function newFileIn(folder: string, run: ForecastRun, format: 'csv' | 'xlsx'): string {
  const base = `forecast-${run.runId ?? 'run'}-${run.start.slice(0, 10)}`;
  let file = path.join(folder, `${base}.${format}`);
  for (let n = 2; fs.existsSync(file); n++) file = path.join(folder, `${base}-${n}.${format}`);
  return file;
}
