// `workbench risk train|score` on CSVs as automated acceptance checks run them: a small generated
// table (train, then score: the exact header, a row per input row, probabilities in [0, 1], the
// bad rows ranked high, ids from the training id column or the row number), German credit
// converted to a CSV with a header (validation AUC > 0.7), and the exit codes of bad usage and
// bad input.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { sharedDataDir } from '../helpers/paths.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let home: string;
let dir: string;
const cli = (...args: string[]) => runCli(args, { home });
const at = (name: string) => path.join(dir, name);

/** 800 customers: late days and a cash channel raise the risk; the target column is 'arrears'. */
function writeSmallTable(file: string): number[] {
  let seed = 17;
  const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const lines = ['customer,late_days,kwh_trend,channel,noise,arrears'];
  const target: number[] = [];
  for (let i = 0; i < 800; i++) {
    const late = Math.floor(next() * next() * 60);
    const trend = next() * 2 - 1;
    const channel = ['bank', 'app', 'counter', 'cash'][Math.floor(next() * 4)]!;
    const z = -2.5 + late / 12 - trend + (channel === 'cash' ? 1 : 0);
    const bad = next() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
    target.push(bad);
    // Every 40th row has no late days on record.
    lines.push(`K${String(i + 1).padStart(5, '0')},${i % 40 === 0 ? '' : late},${trend.toFixed(3)},${channel},${next().toFixed(4)},${bad}`);
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return target;
}

function readCsv(file: string): { header: string; rows: string[][] } {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
  return { header: header!, rows: lines.map((l) => l.split(',')) };
}

let target: number[];

beforeAll(() => {
  home = makeTempDir('workbench-cli-home-');
  dir = makeTempDir('workbench-cli-risk-');
  target = writeSmallTable(at('small.csv'));
});

afterAll(() => removeTempDirs());

describe('workbench risk train and score on a CSV', () => {
  it('trains, then writes id,probability,score,grade,reasons with the bad rows ranked high', async () => {
    const train = await cli('risk', 'train', '--csv', at('small.csv'), '--target', 'arrears', '--id', 'customer', '--exclude', 'noise', '--model-out', at('small.json'));
    expect(train.code).toBe(0);
    expect(train.stderr).toMatch(/^800 rows, \d+ bads/);
    expect(train.stderr).toMatch(/scorecard AUC 0\.\d{3}, KS 0\.\d{3}; challenger AUC 0\.\d{3}, KS 0\.\d{3}/);
    const model = JSON.parse(fs.readFileSync(at('small.json'), 'utf8')) as { format: string; features: { name: string }[] };
    expect(model.format).toBe('workbench-risk-model');
    expect(model.features.map((f) => f.name)).toEqual(['late_days', 'kwh_trend', 'channel']);

    const score = await cli('risk', 'score', '--csv', at('small.csv'), '--model', at('small.json'), '--out', at('small-scores.csv'));
    expect(score.code).toBe(0);
    const { header, rows } = readCsv(at('small-scores.csv'));
    expect(header).toBe('id,probability,score,grade,reasons');
    expect(rows).toHaveLength(800);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 800 }, (_, i) => `K${String(i + 1).padStart(5, '0')}`));
    for (const [, probability, points, grade, reasons] of rows) {
      expect(Number(probability)).toBeGreaterThanOrEqual(0);
      expect(Number(probability)).toBeLessThanOrEqual(1);
      expect(Number.isFinite(Number(points))).toBe(true);
      expect(['A', 'B', 'C', 'D', 'E']).toContain(grade);
      for (const reason of reasons!.split(';').filter((r) => r !== '')) expect(['late_days', 'kwh_trend', 'channel']).toContain(reason);
    }
    // The riskiest fifth by probability holds far more of the bad rows than its share.
    const order = rows.map((r, i) => ({ p: Number(r[1]), bad: target[i]! })).sort((a, b) => b.p - a.p);
    const bads = target.reduce((s, v) => s + v, 0);
    const topBads = order.slice(0, 160).reduce((s, r) => s + r.bad, 0);
    expect(topBads / bads).toBeGreaterThan(0.4);
    // Grade E carries the lowest scores.
    const scoreOf = (g: string) => rows.filter((r) => r[3] === g).map((r) => Number(r[2]));
    expect(Math.max(...scoreOf('E'))).toBeLessThan(Math.min(...scoreOf('A')));
  }, 120_000);

  it('numbers the rows when the file lacks the training id column, and names a missing feature', async () => {
    const lines = fs.readFileSync(at('small.csv'), 'utf8').trimEnd().split('\n').slice(0, 11);
    fs.writeFileSync(at('no-id.csv'), lines.map((l) => l.split(',').slice(1).join(',')).join('\n') + '\n');
    const score = await cli('risk', 'score', '--csv', at('no-id.csv'), '--model', at('small.json'), '--out', at('no-id-scores.csv'));
    expect(score.code).toBe(0);
    expect(readCsv(at('no-id-scores.csv')).rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    fs.writeFileSync(at('no-channel.csv'), lines.map((l) => l.split(',').filter((_, c) => c !== 3).join(',')).join('\n') + '\n');
    const lacking = await cli('risk', 'score', '--csv', at('no-channel.csv'), '--model', at('small.json'), '--out', at('x.csv'));
    expect(lacking.code).toBe(1);
    expect(lacking.stderr).toMatch(/no column 'channel', which the model was trained on/);
  }, 60_000);

  it('exits 1 on a bad target or a foreign model file, 2 on bad usage', async () => {
    const notBinary = await cli('risk', 'train', '--csv', at('small.csv'), '--target', 'late_days', '--model-out', at('m.json'));
    expect(notBinary.code).toBe(1);
    expect(notBinary.stderr).toMatch(/target column 'late_days'.*must hold 0 or 1/);
    const missing = await cli('risk', 'train', '--csv', at('small.csv'), '--target', 'default', '--model-out', at('m.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no column 'default'/);
    const foreign = await cli('risk', 'score', '--csv', at('small.csv'), '--model', at('small.csv'), '--out', at('x.csv'));
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(/not a risk model file/);
    expect((await cli('risk', 'train', '--csv', at('small.csv'), '--model-out', at('m.json'))).code).toBe(2);
    expect((await cli('risk', 'score', '--csv', at('small.csv'), '--out', at('x.csv'))).code).toBe(2);
    expect((await cli('risk', 'score', '--csv', at('small.csv'), '--model', at('small.json'), '--workspace', at('w.workbench'), '--out', at('x.csv'))).code).toBe(2);
    expect((await cli('risk', 'fit', '--csv', at('small.csv'))).code).toBe(2);
    expect(fs.existsSync(at('m.json'))).toBe(false);
  }, 60_000);
});

describe('workbench risk train on German credit', () => {
  it('validates the scorecard at an AUC above 0.7', async () => {
    // german.data: space separated, no header, the last column 1 good / 2 bad; target 1 = bad.
    const rows = fs.readFileSync(path.join(sharedDataDir, 'german_credit', 'german.data'), 'utf8').trim().split('\n');
    const header = [...Array.from({ length: 20 }, (_, i) => `attribute${i + 1}`), 'bad'].join(',');
    const lines = rows.map((r) => {
      const cells = r.trim().split(/\s+/);
      return [...cells.slice(0, 20), cells[20] === '2' ? 1 : 0].join(',');
    });
    fs.writeFileSync(at('german.csv'), [header, ...lines].join('\n') + '\n');
    const train = await cli('risk', 'train', '--csv', at('german.csv'), '--target', 'bad', '--model-out', at('german.json'));
    expect(train.code).toBe(0);
    expect(train.stderr).toMatch(/^1000 rows, 300 bads/);
    const model = JSON.parse(fs.readFileSync(at('german.json'), 'utf8')) as { validation: { validationRows: number; scorecard: { auc: number }; challenger: { auc: number } } };
    expect(model.validation.validationRows).toBe(300);
    expect(model.validation.scorecard.auc).toBeGreaterThan(0.7);
    expect(model.validation.challenger.auc).toBeGreaterThan(0.65);
    const score = await cli('risk', 'score', '--csv', at('german.csv'), '--model', at('german.json'), '--out', at('german-scores.csv'));
    expect(score.code).toBe(0);
    expect(readCsv(at('german-scores.csv')).rows.map((r) => r[0]).slice(0, 3)).toEqual(['1', '2', '3']);
  }, 120_000);
});

describe('workbench risk score --workspace', () => {
  it("writes the same columns for the workspace's customers, customer numbers as ids", async () => {
    const workspace = at('demo.workbench');
    const demo = await cli('demo', '--out', workspace, '--customers', '300', '--days', '400', '--seed', '4');
    expect(demo.code).toBe(0);
    const score = await cli('risk', 'score', '--workspace', workspace, '--out', at('workspace-scores.csv'));
    expect(score.stderr).toBe('');
    expect(score.code).toBe(0);
    expect(score.stdout).toMatch(/^300 customers scored written to /);
    const { header, rows } = readCsv(at('workspace-scores.csv'));
    expect(header).toBe('id,probability,score,grade,reasons');
    expect(rows).toHaveLength(300);
    expect(new Set(rows.map((r) => r[0])).size).toBe(300);
    for (const [id, probability, , grade] of rows) {
      expect(id).toMatch(/^\d+$/);
      expect(Number(probability)).toBeGreaterThanOrEqual(0);
      expect(Number(probability)).toBeLessThanOrEqual(1);
      expect(['A', 'B', 'C', 'D', 'E']).toContain(grade);
    }
    const missing = await cli('risk', 'score', '--workspace', at('none.workbench'), '--out', at('x.csv'));
    expect(missing.code).toBe(1);
  }, 180_000);
});
