// A saved run as a file: CSV (UTF-8 with a byte-order mark, without which Excel reads the
// Chinese headers and reasons as another code page) or an Excel workbook with a sheet of the
// points and one of the backtest metrics. Headers are written in the language asked for (the
// engine has no i18next: the few words are here). The file lands as every export's does
// (core/exportFile.ts).
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { csvLine, targetFile, writeInPlace } from '../core/exportFile.js';
import { dayTypes, type DayType, type ForecastRun, type ModelMetrics, type ReportedModel } from '../api/forecastTypes.js';
import type { Language } from '../api/types.js';

export interface ForecastExportTarget {
  format: 'csv' | 'xlsx';
  /** The file to write; when absent, a new file in `folder`. */
  path?: string;
  overwrite?: boolean;
  folder: string;
  language?: Language;
}

type Term = Record<Language, string>;

// Each header in both languages side by side, so that a term is never added to one alone.
const HEADERS = {
  timestamp: { en: 'timestamp', 'zh-CN': '时间' },
  forecast: { en: 'forecast', 'zh-CN': '预测值' },
  temperature: { en: 'temperature (°C)', 'zh-CN': '气温(°C)' },
  actual: { en: 'actual', 'zh-CN': '实际值' },
  override: { en: 'override', 'zh-CN': '人工修正值' },
  reason: { en: 'reason', 'zh-CN': '修正原因' },
  points: { en: 'forecast', 'zh-CN': '预测' },
  metrics: { en: 'backtest metrics', 'zh-CN': '回测指标' },
  model: { en: 'model', 'zh-CN': '模型' },
  mape: { en: 'MAPE (%)', 'zh-CN': 'MAPE(%)' },
  wape: { en: 'WAPE (%)', 'zh-CN': 'WAPE(%)' },
  rmse: { en: 'RMSE', 'zh-CN': 'RMSE' },
  bias: { en: 'bias', 'zh-CN': '偏差' },
  pinball: { en: 'pinball loss', 'zh-CN': '分位数损失' },
  coverage: { en: 'P10-P90 coverage', 'zh-CN': 'P10-P90覆盖率' },
  origins: { en: 'origins', 'zh-CN': '回测起点数' },
} satisfies Record<string, Term>;

const MODEL_NAMES: Record<ReportedModel | 'auto', Term> = {
  naive: { en: 'naive', 'zh-CN': '同期相似日' },
  vanilla: { en: 'vanilla', 'zh-CN': '多元线性回归' },
  recency: { en: 'recency', 'zh-CN': '近期效应回归' },
  ml: { en: 'ml', 'zh-CN': '机器学习' },
  ensemble: { en: 'ensemble', 'zh-CN': '加权组合' },
  auto: { en: 'auto', 'zh-CN': '自动选择' },
};

const DAY_TYPE_NAMES: Record<DayType, Term> = {
  workday: { en: 'workday', 'zh-CN': '工作日' },
  weekend: { en: 'weekend', 'zh-CN': '周末' },
  holiday: { en: 'holiday', 'zh-CN': '节假日' },
  makeup_workday: { en: 'make-up workday', 'zh-CN': '调休工作日' },
  spring_festival: { en: 'Spring Festival', 'zh-CN': '春节期间' },
};

const reportedOrder: ReportedModel[] = ['naive', 'vanilla', 'recency', 'ml', 'ensemble'];

export async function exportRun(run: ForecastRun, target: ForecastExportTarget): Promise<{ path: string; fileName: string }> {
  const file = targetFile(target, `forecast-${run.runId ?? 'run'}-${run.start.slice(0, 10)}`, target.format);
  const language = target.language ?? 'en';
  await writeInPlace(file, target.overwrite, async (temporary) => {
    const table = pointTable(run, language);
    if (target.format === 'csv') fs.writeFileSync(temporary, '\uFEFF' + [table.headers, ...table.rows].map(csvLine).join('\r\n') + '\r\n');
    else await writeWorkbook(temporary, table, run, language);
  });
  return { path: file, fileName: path.basename(file) };
}

type Cell = string | number | null;

/** The points as rows: timestamp, forecast, p10, p50, p90, temperature, each model the run reports, actual, override, reason. */
function pointTable(run: ForecastRun, language: Language): { headers: string[]; rows: Cell[][] } {
  const models = reportedOrder.filter((m) => run.points.some((p) => p.models[m] !== undefined));
  const h = (term: keyof typeof HEADERS) => HEADERS[term][language];
  const headers = [h('timestamp'), h('forecast'), 'P10', 'P50', 'P90', h('temperature'), ...models.map((m) => MODEL_NAMES[m][language]), h('actual'), h('override'), h('reason')];
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

async function writeWorkbook(file: string, points: { headers: string[]; rows: Cell[][] }, run: ForecastRun, language: Language): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(HEADERS.points[language]);
  sheet.addRow(points.headers);
  for (const row of points.rows) sheet.addRow(row);
  const metrics = workbook.addWorksheet(HEADERS.metrics[language]);
  const metricHeaders = (['model', 'mape', 'wape', 'rmse', 'bias', 'pinball', 'coverage', 'origins'] as const).map((term) => HEADERS[term][language]);
  metrics.addRow([...metricHeaders, ...dayTypes.map((t) => `MAPE ${DAY_TYPE_NAMES[t][language]}`)]);
  for (const m of run.metrics) metrics.addRow(metricsRow(m, language));
  await workbook.xlsx.writeFile(file);
}

function metricsRow(m: ModelMetrics, language: Language): Cell[] {
  return [MODEL_NAMES[m.model][language], m.mape, m.wape, m.rmse, m.bias, m.pinball, m.coverage, m.origins, ...dayTypes.map((t) => m.byDayType[t] ?? null)];
}
