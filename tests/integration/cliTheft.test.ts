// `workbench theft score` as automated acceptance checks run it: the CSV's exact header, one row
// per customer with rank 1..n, scores in [0, 1], reasons as codes joined by ';', --as-of, and
// the exit codes of bad usage.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorCodes } from '../../engine/theft/types.js';
import { runCli } from '../helpers/cli.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let home: string;
let dir: string;
let workspace: string;
const cli = (...args: string[]) => runCli(args, { home });

beforeAll(async () => {
  home = makeTempDir('workbench-cli-home-');
  dir = makeTempDir('workbench-cli-theft-');
  workspace = path.join(dir, 'demo.workbench');
  const demo = await cli('demo', '--out', workspace, '--customers', '150', '--days', '200', '--seed', '4');
  expect(demo.code).toBe(0);
}, 300_000);

afterAll(() => removeTempDirs());

describe('workbench theft score', () => {
  it('writes customer,score,rank,reasons,estimated_loss_kwh, a row per customer in rank order', async () => {
    const out = path.join(dir, 'scores.csv');
    const run = await cli('theft', 'score', '--workspace', workspace, '--out', out);
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/150 customers scored as of 2025-12-31/);
    const [header, ...rows] = fs.readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(header).toBe('customer,score,rank,reasons,estimated_loss_kwh');
    expect(rows).toHaveLength(150);
    const cells = rows.map((r) => r.split(','));
    expect(cells.map((c) => Number(c[2]))).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    expect(new Set(cells.map((c) => c[0])).size).toBe(150);
    for (const [customer, score, , reasons, loss] of cells) {
      expect(customer).toMatch(/^\d+$/);
      expect(Number(score)).toBeGreaterThanOrEqual(0);
      expect(Number(score)).toBeLessThanOrEqual(1);
      expect(Number(loss)).toBeGreaterThanOrEqual(0);
      for (const code of reasons!.split(';').filter((c) => c !== '')) expect(indicatorCodes).toContain(code);
    }
    expect(cells.some((c) => c[3] !== '')).toBe(true);
  }, 120_000);

  it('--as-of scores as of that day; bad usage exits 2', async () => {
    const out = path.join(dir, 'early.csv');
    const early = await cli('theft', 'score', '--workspace', workspace, '--as-of', '2025-11-15', '--out', out);
    expect(early.code).toBe(0);
    expect(early.stdout).toMatch(/as of 2025-11-15/);
    expect((await cli('theft', 'score', '--workspace', workspace)).code).toBe(2);
    expect((await cli('theft', 'score', '--workspace', workspace, '--as-of', '15/11/2025', '--out', out)).code).toBe(2);
    expect((await cli('theft', 'rank', '--workspace', workspace, '--out', out)).code).toBe(2);
    const missing = await cli('theft', 'score', '--workspace', path.join(dir, 'none.workbench'), '--out', out);
    expect(missing.code).toBe(1);
  }, 120_000);
});
