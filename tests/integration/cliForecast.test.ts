// `workbench forecast` and `workbench backtest` as automated acceptance checks run them: the
// CSV's exact columns, one row per interval of the horizon from --start, ordered quantiles, no
// load after --start used (the same file from a copy whose later load is gone), the backtest's
// JSON, and the exit codes.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelMetrics } from '../../engine/api/forecastTypes.js';
import { runCli } from '../helpers/cli.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let home: string;
let dir: string;
let workspace: string;
const cli = (...args: string[]) => runCli(args, { home });

const START = '2025-12-24T00:00';

beforeAll(async () => {
  home = makeTempDir('workbench-cli-home-');
  dir = makeTempDir('workbench-cli-forecast-');
  workspace = path.join(dir, 'demo.workbench');
  const demo = await cli('demo', '--out', workspace, '--customers', '80', '--days', '130', '--seed', '11');
  expect(demo.code).toBe(0);
}, 300_000);

afterAll(() => removeTempDirs());

function readCsv(file: string): string[][] {
  return fs
    .readFileSync(file, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));
}

describe('workbench forecast', () => {
  it('writes timestamp,forecast,p10,p50,p90 for each hour of the horizon from --start', async () => {
    const out = path.join(dir, 'all.csv');
    const run = await cli('forecast', '--workspace', workspace, '--scope', 'all', '--start', START, '--horizon', '48', '--out', out);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('workbench:'))).toEqual([]);
    expect(run.code).toBe(0);
    const [header, ...rows] = readCsv(out);
    expect(header).toEqual(['timestamp', 'forecast', 'p10', 'p50', 'p90']);
    expect(rows).toHaveLength(48);
    expect(rows[0]![0]).toBe(START);
    expect(rows[1]![0]).toBe('2025-12-24T01:00');
    expect(rows[47]![0]).toBe('2025-12-25T23:00');
    for (const [, forecast, p10, p50, p90] of rows) {
      for (const value of [forecast, p10, p50, p90]) expect(Number.isFinite(Number(value))).toBe(true);
      expect(Number(p10)).toBeLessThanOrEqual(Number(p50));
      expect(Number(p50)).toBeLessThanOrEqual(Number(p90));
    }
  });

  it('uses no load after --start: a copy without it gives the same file', async () => {
    const copy = path.join(dir, 'cut.workbench');
    fs.copyFileSync(workspace, copy);
    const db = new Database(copy);
    const { changes } = db.prepare('DELETE FROM interval_load WHERE day >= 20251224').run();
    db.close();
    expect(changes).toBeGreaterThan(0);
    const args = ['--scope', 'all', '--start', START, '--horizon', '24', '--model', 'vanilla'];
    const whole = path.join(dir, 'whole.csv');
    const cut = path.join(dir, 'cut.csv');
    expect((await cli('forecast', '--workspace', workspace, ...args, '--out', whole)).code).toBe(0);
    expect((await cli('forecast', '--workspace', copy, ...args, '--out', cut)).code).toBe(0);
    expect(fs.readFileSync(cut, 'utf8')).toBe(fs.readFileSync(whole, 'utf8'));
  });

  it('forecasts 15-minute intervals of an area with a temperature file', async () => {
    const db = new Database(workspace, { readonly: true });
    const area = (db.prepare('SELECT area_id AS id FROM customers WHERE area_id IS NOT NULL GROUP BY area_id ORDER BY count(*) DESC LIMIT 1').get() as { id: string }).id;
    db.close();
    const temperatures = path.join(dir, 'temperatures.csv');
    fs.writeFileSync(temperatures, ['time,temperature', '2025-12-24 00:00,3', '2025-12-24 03:00,8'].join('\n') + '\n');
    const out = path.join(dir, 'area.csv');
    const run = await cli(
      'forecast', '--workspace', workspace, '--scope', `area:${area}`, '--start', START, '--horizon', '3',
      '--resolution', '15min', '--model', 'naive', '--temperature', temperatures, '--out', out,
    );
    expect(run.code).toBe(0);
    const rows = readCsv(out).slice(1);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 12 }, (_, i) => `2025-12-24T0${Math.floor(i / 4)}:${String((i % 4) * 15).padStart(2, '0')}`));
  });

  const bad: [string, string[]][] = [
    ['no --out', ['--scope', 'all', '--start', START, '--horizon', '24']],
    ['no --start', ['--scope', 'all', '--horizon', '24', '--out', 'x.csv']],
    ['a horizon that is not whole hours', ['--scope', 'all', '--start', START, '--horizon', '1.5', '--out', 'x.csv']],
    ['a bad resolution', ['--scope', 'all', '--start', START, '--horizon', '24', '--resolution', '30min', '--out', 'x.csv']],
    ['a bad model', ['--scope', 'all', '--start', START, '--horizon', '24', '--model', 'prophet', '--out', 'x.csv']],
    ['a bad selector', ['--scope', 'region', '--start', START, '--horizon', '24', '--out', 'x.csv']],
    ['a bad time', ['--scope', 'all', '--start', '2025-12-24 00:00', '--horizon', '24', '--out', 'x.csv']],
  ];

  it.each(bad)('%s is bad usage (exit 2)', async (_why, args) => {
    const run = await runCli(['forecast', '--workspace', workspace, ...args], { home, cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: workbench forecast');
    expect(fs.existsSync(path.join(dir, 'x.csv'))).toBe(false);
  });

  it('exits 1 with the reason for a scope the workspace does not have', async () => {
    const out = path.join(dir, 'none.csv');
    const run = await cli('forecast', '--workspace', workspace, '--scope', 'customer:0000', '--start', START, '--horizon', '24', '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^workbench: /);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('workbench backtest', () => {
  it('prints the metrics of every model as one JSON object', async () => {
    const run = await cli('backtest', '--workspace', workspace, '--scope', 'all', '--start', START, '--horizon', '24', '--origins', '3');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { scope: string; resolution: string; horizonHours: number; origins: number; station: string | null; chosen: string; metrics: ModelMetrics[] };
    expect(Object.keys(report)).toEqual(['scope', 'resolution', 'horizonHours', 'origins', 'station', 'chosen', 'metrics']);
    expect(report).toMatchObject({ scope: 'all', resolution: 'hour', horizonHours: 24, origins: 3 });
    expect(report.station).toEqual(expect.any(String));
    expect(report.metrics.map((m) => m.model)).toEqual(expect.arrayContaining(['naive', 'vanilla', 'recency', 'ensemble', 'auto']));
    expect(report.metrics.map((m) => m.model)).toContain(report.chosen);
    for (const m of report.metrics) expect(m.origins).toBe(3);
  });

  it('is bad usage with origins that are not a number', async () => {
    const run = await cli('backtest', '--workspace', workspace, '--scope', 'all', '--origins', 'many');
    expect(run.code).toBe(2);
  });
});
