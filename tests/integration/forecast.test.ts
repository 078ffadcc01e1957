// Forecasting through the Engine and its workers on a small demo workspace: a run's shape, the
// saved run's life (listed, read, renamed, overridden, exported, deleted), temperature
// scenarios, the holiday table, a batch over every area, and the errors a user can meet.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ForecastRun } from '../../engine/api/forecastTypes.js';
import type { Engine } from '../../engine/host/engine.js';
import { closeTestEngines, createTestEngine, nextEvent } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let dir: string;
/** The first saved run, shared by the tests of its life. */
let run: ForecastRun;

const START = '2025-12-20T00:00';

beforeAll(async () => {
  engine = createTestEngine();
  dir = makeTempDir();
  const file = path.join(dir, 'small.workbench');
  // 120 days: enough history for every model at three weekly origins before the start.
  await engine.runJob('demo.create', { path: file, seed: 7, customers: 120, days: 120, open: false });
  await engine.openWorkspace(file);
  run = await engine.runJob('forecast.run', { scope: 'all', start: START, horizonHours: 48, origins: 3 });
}, 300_000);

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

/** 'YYYY-MM-DDTHH:mm' plus `hours`, as the engine writes local times. */
function addHours(ts: string, hours: number): string {
  const at = new Date(`${ts}:00Z`);
  at.setUTCHours(at.getUTCHours() + hours);
  return at.toISOString().slice(0, 16);
}

describe('forecast.run', () => {
  it('forecasts every interval of the horizon from the start, with ordered quantiles and the actual load', () => {
    expect(run.runId).toEqual(expect.any(Number));
    expect(run).toMatchObject({ scope: 'all', resolution: 'hour', start: START, horizonHours: 48, unit: 'kW', model: 'auto', batchId: null });
    expect(run.points).toHaveLength(48);
    run.points.forEach((p, i) => {
      expect(p.ts).toBe(addHours(START, i));
      expect(p.p10).toBeLessThanOrEqual(p.p50);
      expect(p.p50).toBeLessThanOrEqual(p.p90);
      expect(Number.isFinite(p.forecast)).toBe(true);
      expect(p.actual).toEqual(expect.any(Number)); // the demo holds the load after the start: a forecast of the past
      expect(p.temperature).toEqual(expect.any(Number));
      expect(p.override).toBeNull();
    });
    // The chosen model's forecast is the reported one, and every fitted model reports its own.
    expect(Object.keys(run.points[0]!.models).sort()).toEqual(expect.arrayContaining(['naive', 'vanilla', 'recency', 'ensemble']));
  });

  it('reports the backtest: metrics per model, the chosen one among them, the heat map and the history before the start', () => {
    const models = run.metrics.map((m) => m.model);
    expect(models).toEqual(expect.arrayContaining(['naive', 'vanilla', 'ensemble', 'auto']));
    const chosen = run.metrics.find((m) => m.model === run.chosen)!;
    expect(chosen.origins).toBe(3);
    expect(run.mape).toBe(chosen.mape);
    expect(run.mape).toBeGreaterThan(0);
    expect(run.mape).toBeLessThan(30);
    expect(run.errorHeatmap).toHaveLength(7);
    for (const row of run.errorHeatmap) expect(row).toHaveLength(24);
    // max(7 days, 3 horizons) = 7 days of hours, ending just before the start.
    expect(run.history.values).toHaveLength(168);
    expect(run.history.from).toBe(addHours(START, -168));
    expect(run.history.values.filter((v) => v !== null).length).toBeGreaterThan(150);
    const weights = Object.values(run.weights);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('chooses the weather station by backtest and reports every candidate', () => {
    expect(run.station).not.toBeNull();
    const { used, candidates } = run.station!;
    expect(candidates.length).toBeGreaterThan(1); // the demo has two stations, and their mean
    expect(candidates.map((c) => c.station)).toContain(used);
    const best = Math.min(...candidates.map((c) => c.mape ?? Infinity));
    expect(candidates.find((c) => c.station === used)!.mape).toBe(best);
  });

  it('shifts the horizon temperatures by a scenario and varies the load with them', async () => {
    const hotter = await engine.runJob('forecast.run', {
      scope: 'all',
      start: START,
      horizonHours: 48,
      origins: 3,
      scenario: { shift: 5, baseRunId: run.runId! },
      save: false,
    });
    expect(hotter.runId).toBeNull();
    expect(hotter.scenario).toEqual({ shift: 5, file: null, baseRunId: run.runId });
    hotter.points.forEach((p, i) => expect(p.temperature!).toBeCloseTo(run.points[i]!.temperature! + 5, 6));
    expect(hotter.points.some((p, i) => Math.abs(p.models.vanilla! - run.points[i]!.models.vanilla!) > 1e-6)).toBe(true);
  });

  it('takes the horizon temperatures from a temperature forecast file', async () => {
    const file = path.join(dir, '气温预报.csv');
    const lines = ['时间,温度'];
    for (let h = 0; h < 48; h++) lines.push(`${addHours(START, h).replace('T', ' ')},${(10 + h / 4).toFixed(2)}`);
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const scenario = await engine.runJob('forecast.run', {
      scope: 'all',
      start: START,
      horizonHours: 48,
      origins: 3,
      scenario: { temperatureFile: file },
      save: false,
    });
    expect(scenario.scenario).toMatchObject({ file: '气温预报.csv', shift: null });
    scenario.points.forEach((p, i) => expect(p.temperature).toBeCloseTo(10 + i / 4, 6));
  });

  it('refuses a temperature file without usable rows', async () => {
    const file = path.join(dir, 'no-temperature.csv');
    fs.writeFileSync(file, '时间,湿度\n2025-12-20 00:00,60\n');
    await expect(
      engine.runJob('forecast.run', { scope: 'all', start: START, horizonHours: 24, scenario: { temperatureFile: file }, save: false }),
    ).rejects.toMatchObject({ code: 'forecast.bad_temperature_file' });
  });

  it('falls back and says so when the model asked for cannot run', async () => {
    // 17 days of history: too short for the regressions and the trees, enough for the naive model.
    const short = await engine.runJob('forecast.run', { scope: 'all', start: '2025-09-20T00:00', horizonHours: 24, model: 'vanilla', origins: 2, save: false });
    expect(short.chosen).toBe('naive');
    const fallbacks = short.checks.filter((c) => c.code === 'fallback');
    expect(fallbacks.map((c) => c.details.model)).toEqual(expect.arrayContaining(['vanilla', 'ml']));
    expect(short.points).toHaveLength(24);
  });

  it('forecasts an area at 15 minutes and a category by day', async () => {
    const { options: categories } = await engine.call('forecast.scopes', { kind: 'category', limit: 5 });
    const { options } = await engine.call('forecast.scopes', { kind: 'area', limit: 5 });
    const area = options[0]!;
    const quarter = await engine.runJob('forecast.run', { scope: area.selector, resolution: '15min', start: START, horizonHours: 6, origins: 2, models: ['naive', 'vanilla'], save: false });
    expect(quarter.points.map((p) => p.ts).slice(0, 3)).toEqual(['2025-12-20T00:00', '2025-12-20T00:15', '2025-12-20T00:30']);
    expect(quarter.points).toHaveLength(24);
    const daily = await engine.runJob('forecast.run', { scope: categories[0]!.selector, resolution: 'day', start: START, horizonHours: 72, origins: 2, save: false });
    expect(daily.unit).toBe('kWh');
    expect(daily.points.map((p) => p.ts)).toEqual(['2025-12-20T00:00', '2025-12-21T00:00', '2025-12-22T00:00']);
  });
});

describe('saved runs', () => {
  it('lists the saved run and reads it back as it was', async () => {
    const runs = await engine.call('forecast.runs', {});
    expect(runs.map((r) => r.runId)).toContain(run.runId);
    const listed = runs.find((r) => r.runId === run.runId)!;
    expect(listed).toMatchObject({ name: run.name, scope: 'all', scopeLabel: run.scopeLabel, start: START, chosen: run.chosen, unit: 'kW' });
    const saved = await engine.call('forecast.get', { runId: run.runId! });
    expect(saved.points).toEqual(run.points);
    expect(saved.metrics.length).toBe(run.metrics.length);
    expect(saved.station).toEqual(run.station);
    expect(saved.history).toEqual(run.history);
  });

  it('renames a run', async () => {
    await engine.runJob('forecast.edit', { action: 'rename', runId: run.runId!, name: '元旦前负荷预测' });
    expect((await engine.call('forecast.get', { runId: run.runId! })).name).toBe('元旦前负荷预测');
  });

  it('keeps an override with its reason, and clears it', async () => {
    const at = run.points[10]!;
    await engine.runJob('forecast.edit', { action: 'override', runId: run.runId!, ts: at.ts, value: 1234.5, reason: '大用户检修' });
    const overridden = await engine.call('forecast.get', { runId: run.runId! });
    const point = overridden.points[10]!;
    expect(point.forecast).toBe(1234.5);
    expect(point.override).toMatchObject({ value: 1234.5, reason: '大用户检修', modelValue: at.forecast });
    expect(overridden.points.filter((p) => p.override !== null)).toHaveLength(1);

    await engine.runJob('forecast.edit', { action: 'override', runId: run.runId!, ts: run.points[11]!.ts, value: 99, reason: 'test' });
    await engine.runJob('forecast.edit', { action: 'override', runId: run.runId!, ts: run.points[11]!.ts, value: null });
    const cleared = await engine.call('forecast.get', { runId: run.runId! });
    expect(cleared.points[11]!.override).toBeNull();
    expect(cleared.points[11]!.forecast).toBe(run.points[11]!.forecast);
  });

  it('refuses an override without a reason, or at a time the run does not forecast', async () => {
    await expect(engine.call('forecast.edit', { action: 'override', runId: run.runId!, ts: run.points[0]!.ts, value: 5 })).rejects.toMatchObject({
      code: 'validation',
    });
    await expect(
      engine.runJob('forecast.edit', { action: 'override', runId: run.runId!, ts: '2030-01-01T00:00', value: 5, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'validation' });
  });

  it('exports to CSV with a byte-order mark, the override and its reason', async () => {
    const file = path.join(dir, 'run.csv');
    const result = await engine.runJob('forecast.export', { runId: run.runId!, format: 'csv', path: file, language: 'zh-CN' });
    expect(result).toEqual({ path: file, fileName: 'run.csv' });
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(49);
    const header = lines[0]!.split(',');
    expect(header.slice(0, 6)).toEqual(['时间', '预测值', 'P10', 'P50', 'P90', '气温(°C)']);
    expect(header.slice(-3)).toEqual(['实际值', '人工修正值', '修正原因']);
    const overridden = lines[11]!.split(',');
    expect(overridden[0]).toBe(run.points[10]!.ts);
    expect(Number(overridden[1])).toBe(1234.5);
    expect(overridden.slice(-2)).toEqual(['1234.5', '大用户检修']);
    // Refused without overwrite, replaced with it.
    await expect(engine.runJob('forecast.export', { runId: run.runId!, format: 'csv', path: file })).rejects.toMatchObject({ code: 'io' });
    await engine.runJob('forecast.export', { runId: run.runId!, format: 'csv', path: file, overwrite: true });
    expect(fs.readFileSync(file, 'utf8').split('\r\n')[0]).toMatch(/^\uFEFFtimestamp,forecast,P10,P50,P90/);
  });

  it('exports to Excel: a sheet of points and a sheet of metrics, in the language asked for', async () => {
    const { path: file } = await engine.runJob('forecast.export', { runId: run.runId!, format: 'xlsx', language: 'zh-CN' });
    expect(path.extname(file)).toBe('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['预测', '回测指标']);
    const points = workbook.getWorksheet('预测')!;
    expect(points.rowCount).toBe(49);
    expect(points.getRow(1).getCell(1).value).toBe('时间');
    expect(points.getRow(2).getCell(1).value).toBe(START);
    expect(points.getRow(2).getCell(3).value).toBeCloseTo(run.points[0]!.p10, 6);
    const metrics = workbook.getWorksheet('回测指标')!;
    expect(metrics.rowCount).toBe(run.metrics.length + 1);
    expect(metrics.getRow(1).getCell(1).value).toBe('模型');
  });

  it('deletes a run', async () => {
    const other = await engine.runJob('forecast.run', { scope: 'all', start: START, horizonHours: 24, origins: 1, models: ['naive'], model: 'naive' });
    await expect(engine.runJob('forecast.edit', { action: 'delete', runId: other.runId! })).resolves.toEqual({ runId: other.runId, deleted: true });
    await expect(engine.call('forecast.get', { runId: other.runId! })).rejects.toMatchObject({ code: 'forecast.run_not_found' });
    expect((await engine.call('forecast.runs', {})).map((r) => r.runId)).not.toContain(other.runId);
    await expect(engine.runJob('forecast.edit', { action: 'rename', runId: other.runId!, name: 'x' })).rejects.toMatchObject({
      code: 'forecast.run_not_found',
    });
  });
});

describe('holiday table', () => {
  it('starts built in, saves the workspace own, and goes back', async () => {
    const builtin = await engine.call('forecast.calendar', {});
    expect(builtin.source).toBe('builtin');
    expect(builtin.entries.length).toBeGreaterThan(10);
    const entries = [
      { day: '2025-12-22', type: 'holiday' as const, festival: '冬至' },
      { day: '2025-12-27', type: 'workday' as const, festival: '' },
    ];
    const saved = await engine.runJob('forecast.saveCalendar', { entries });
    expect(saved.source).toBe('workspace');
    expect((await engine.call('forecast.calendar', {})).entries).toEqual(entries);
    const reset = await engine.runJob('forecast.saveCalendar', { reset: true });
    expect(reset.source).toBe('builtin');
    expect(reset.entries).toEqual(builtin.entries);
  });
});

describe('forecast.batch', () => {
  it('forecasts every area in one job on several threads and saves the runs under one batch id', async () => {
    const areas = await engine.call('forecast.scopes', { kind: 'area', limit: 1000 });
    // The vanilla model alone: the batch fits only the model asked for by name.
    const result = await engine.runJob('forecast.batch', { level: 'area', start: START, horizonHours: 24, origins: 1, model: 'vanilla' });
    expect(result.workers).toBeGreaterThanOrEqual(1);
    expect(result.runs.map((r) => r.scope).sort()).toEqual(areas.options.map((o) => o.selector).sort());
    const saved = result.runs.filter((r) => r.failed === null);
    expect(saved.length).toBeGreaterThan(0);
    for (const r of saved) expect(r).toMatchObject({ batchId: result.batchId, start: START, runId: expect.any(Number), chosen: 'vanilla' });
    const listed = await engine.call('forecast.runs', { batchId: result.batchId });
    expect(listed.map((r) => r.runId).sort()).toEqual(saved.map((r) => r.runId).sort());
    const one = await engine.call('forecast.get', { runId: saved[0]!.runId! });
    expect(one.points).toHaveLength(24);
    expect(one.batchId).toBe(result.batchId);
  });

  it('stops its threads and saves nothing when cancelled', async () => {
    const before = (await engine.call('forecast.runs', {})).length;
    // Every model, a week ahead, at every origin the history allows: long enough to be cancelled half-way.
    const { jobId } = await engine.call('forecast.batch', { level: 'area', start: START, horizonHours: 168, origins: 52 });
    await nextEvent(engine, 'job.progress', (p) => p.id === jobId && (p.done ?? 0) >= 1);
    await expect(engine.call('jobs.cancel', { id: jobId })).resolves.toEqual({ cancelled: true });
    await expect(engine.jobs.wait(jobId)).rejects.toMatchObject({ code: 'cancelled' });
    expect(await engine.call('forecast.runs', {})).toHaveLength(before);
  });
});

describe('errors', () => {
  it('names an unknown scope', async () => {
    await expect(engine.runJob('forecast.run', { scope: 'area:NO-SUCH-AREA', save: false })).rejects.toMatchObject({
      code: 'forecast.unknown_scope',
    });
  });

  it('refuses bad arguments before starting a job', async () => {
    await expect(engine.call('forecast.run', { scope: 'everything' })).rejects.toMatchObject({ code: 'validation' });
    await expect(engine.call('forecast.run', { scope: 'all', horizonHours: 0 })).rejects.toMatchObject({ code: 'validation' });
    await expect(engine.call('forecast.run', { scope: 'all', start: '2025-02-30T00:00' })).rejects.toMatchObject({ code: 'validation' });
  });

  it('refuses a start inside an interval', async () => {
    await expect(engine.runJob('forecast.run', { scope: 'all', start: '2025-12-20T00:10', save: false })).rejects.toMatchObject({ code: 'validation' });
    await expect(engine.runJob('forecast.run', { scope: 'all', resolution: 'day', start: '2025-12-20T06:00', save: false })).rejects.toMatchObject({
      code: 'validation',
    });
  });

  it('says when there is no load before the start, or none at all', async () => {
    await expect(engine.runJob('forecast.run', { scope: 'all', start: '2020-01-01T00:00', save: false })).rejects.toMatchObject({
      code: 'forecast.no_data',
    });
    const empty = createTestEngine({ poolSize: 1 });
    await empty.call('workspace.create', { path: path.join(dir, 'empty.workbench') });
    await expect(empty.runJob('forecast.run', { scope: 'all', save: false })).rejects.toMatchObject({ code: 'forecast.no_data' });
  });
});
