// `workbench segments` as automated acceptance checks run it: the CSV's exact header, one row per
// customer with curves, cluster numbers within their category and shape codes; on a workspace of
// curves alone (no archive) the meter numbers stand in for customers and the two generating
// shapes come back as two clusters; bad usage exits 2, a missing workspace 1.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterNames } from '../../engine/api/segmentsTypes.js';
import { openWorkspaceDb } from '../../engine/store/database.js';
import { runCli } from '../helpers/cli.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let home: string;
let dir: string;
let demo: string;
const cli = (...args: string[]) => runCli(args, { home });

beforeAll(async () => {
  home = makeTempDir('workbench-cli-home-');
  dir = makeTempDir('workbench-cli-segments-');
  demo = path.join(dir, 'demo.workbench');
  const made = await cli('demo', '--out', demo, '--customers', '300', '--days', '120', '--seed', '6');
  expect(made.code).toBe(0);
}, 300_000);

afterAll(() => removeTempDirs());

function readCsv(file: string): { header: string; rows: string[][] } {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
  return { header: header!, rows: lines.map((l) => l.split(',')) };
}

/** Meters' quarter-hour curves in the wide layout (表号, 数据日期, P1..P96): evening homes and daytime offices, a little noise. */
function writeCurves(file: string, days: number): Map<string, 'evening' | 'office'> {
  const kinds = new Map<string, 'evening' | 'office'>();
  const lines = [['表号', '数据日期', ...Array.from({ length: 96 }, (_, i) => `P${i + 1}`)].join(',')];
  for (let d = 0; d < days; d++) {
    const day = new Date(Date.UTC(2025, 2, 1 + d)).toISOString().slice(0, 10);
    for (let m = 0; m < 16; m++) {
      const meter = `LM${String(m + 1).padStart(4, '0')}`;
      const kind = m % 2 === 0 ? 'evening' : 'office';
      kinds.set(meter, kind);
      const values = Array.from({ length: 96 }, (_, p) => {
        const h = p / 4;
        const base = kind === 'evening' ? (h >= 18 && h < 23 ? 3 : 0.6) : h >= 8 && h < 18 ? 4 : 0.5;
        return (base * (1 + (((m * 13 + p * 7 + d * 3) % 11) - 5) / 100)).toFixed(3);
      });
      lines.push([meter, day, ...values].join(','));
    }
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return kinds;
}

describe('workbench segments', () => {
  it('writes customer,cluster,cluster_name, a row per customer with curves', async () => {
    const out = path.join(dir, 'segments.csv');
    const run = await cli('segments', '--workspace', demo, '--out', out);
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.code).toBe(0);
    const { header, rows } = readCsv(out);
    expect(header).toBe('customer,cluster,cluster_name');
    const db = openWorkspaceDb(demo, { readonly: true });
    const withCurves = (db.prepare('SELECT COUNT(DISTINCT m.customer_id) AS n FROM interval_load l JOIN meters m USING (meter_id)').get() as { n: number }).n;
    const categoryOf = new Map((db.prepare('SELECT customer_id, category FROM customers').all() as { customer_id: string; category: string }[]).map((c) => [c.customer_id, c.category]));
    db.close();
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.length).toBeLessThanOrEqual(withCurves);
    expect(run.stdout).toMatch(new RegExp(`^${rows.length} customers segmented`));
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    expect(rows.map((r) => r[0])).toEqual(rows.map((r) => r[0]).sort());
    for (const [customer, cluster, name] of rows) {
      expect(categoryOf.has(customer!)).toBe(true);
      expect(Number(cluster)).toBeGreaterThanOrEqual(0);
      expect(clusterNames).toContain(name);
    }
    // One name per (category, cluster).
    const names = new Map<string, string>();
    for (const [customer, cluster, name] of rows) {
      const key = `${categoryOf.get(customer!)}/${cluster}`;
      expect(names.get(key) ?? name).toBe(name);
      names.set(key, name!);
    }
  }, 120_000);

  it('stands the meter number in for the customer without an archive, and finds the two shapes', async () => {
    const workspace = path.join(dir, 'curves.workbench');
    const curves = path.join(dir, 'curves.csv');
    const kinds = writeCurves(curves, 21);
    expect((await cli('import', '--workspace', workspace, '--kind', 'interval', curves)).code).toBe(0);
    const out = path.join(dir, 'curves-segments.csv');
    const run = await cli('segments', '--workspace', workspace, '--out', out, '--days', 'all', '--window', '30');
    expect(run.code).toBe(0);
    const { rows } = readCsv(out);
    expect(rows.map((r) => r[0])).toEqual([...kinds.keys()].sort());
    const nameOf = new Map(rows.map((r) => [r[0]!, r[2]!]));
    for (const [meter, kind] of kinds) expect(nameOf.get(meter)).toBe(kind === 'evening' ? 'evening_peak' : 'daytime_flat');
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['0', '1']));
    // A fixed k of 3 splits one of the shapes.
    const fixed = await cli('segments', '--workspace', workspace, '--out', out, '--days', 'all', '--window', '30', '--k', '3');
    expect(fixed.code).toBe(0);
    expect(new Set(readCsv(out).rows.map((r) => r[1]))).toEqual(new Set(['0', '1', '2']));
  }, 120_000);

  it('exits 2 on bad usage and 1 when it cannot segment', async () => {
    const out = path.join(dir, 'bad.csv');
    expect((await cli('segments', '--workspace', demo)).code).toBe(2);
    expect((await cli('segments', '--workspace', demo, '--out', out, '--days', 'weekends')).code).toBe(2);
    expect((await cli('segments', '--workspace', demo, '--out', out, '--to', '31/12/2025')).code).toBe(2);
    expect((await cli('segments', '--workspace', path.join(dir, 'none.workbench'), '--out', out)).code).toBe(1);
    // No curves in the window: segments.no_data.
    const early = await cli('segments', '--workspace', demo, '--out', out, '--to', '2020-01-31');
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/interval curves/);
    expect(fs.existsSync(out)).toBe(false);
  }, 120_000);
});
