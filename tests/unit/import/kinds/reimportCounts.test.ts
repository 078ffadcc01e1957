// The counts of an import, per kind: a first import, the same file again (all skipped), and
// the file with a few rows changed (those updated, the rest skipped), also when the file names
// a key twice (a bill's customer-month, a half-hour at a daylight saving change).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { DataKind } from '../../../../engine/api/types.js';
import type { MappingSpec } from '../../../../engine/api/importTypes.js';
import { sharedDataDir } from '../../../helpers/paths.js';
import { csv, pointHeaders, range } from './files.js';
import type { Db } from '../../../../engine/store/database.js';
import { closeWorkspaces, testWorkspace, type RunOptions } from './workspace.js';

afterEach(closeWorkspaces);

/** Imports the file, the same again, and the changed one; returns the three results' counts. */
async function threeImports(kind: DataKind, first: string, changed: string, mapping?: MappingSpec, options?: RunOptions) {
  const ws = testWorkspace();
  const counts = async (name: string, text: string) => {
    const { imported, updated, skipped, quarantined } = await ws.run(kind, ws.file(name, text), mapping, options);
    return { imported, updated, skipped, quarantined };
  };
  const once = await counts('first.csv', first);
  const stored = content(ws.db);
  const again = await counts('again.csv', first);
  expect(content(ws.db)).toEqual(stored);
  return { once, again, changed: await counts('changed.csv', changed) };
}

/** Every row of the data tables, but which import wrote it (a key the file repeats is written again, as it was). */
function content(db: Db): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of ['bills', 'daily_energy', 'interval_load', 'meters', 'agg_energy_monthly', 'agg_bills_monthly']) {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).filter((c) => c !== 'import_id');
    out[table] = db.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY rowid`).raw(true).all();
  }
  return out;
}

describe('counts of an import and a re-import', () => {
  it('bills, with a customer-month twice', async () => {
    const header = ['户号', '电费年月', '电量', '应收电费'];
    const rows = range(20).map((c) => [`C${c}`, '2024-03', 100 + c, 50 + c]);
    // A corrected row appended: the later one wins.
    const first = csv([header, ...rows, ['C3', '2024-03', 999, 500]]);
    const changed = csv([header, ...rows.map((r, c) => (c === 5 || c === 9 ? [r[0]!, r[1]!, 1, 2] : r)), ['C3', '2024-03', 999, 500]]);
    expect(await threeImports('bills', first, changed)).toEqual({
      once: { imported: 20, updated: 0, skipped: 1, quarantined: 0 },
      again: { imported: 0, updated: 0, skipped: 21, quarantined: 0 },
      changed: { imported: 0, updated: 2, skipped: 19, quarantined: 0 },
    });
  });

  it('daily readings and given consumption, with a meter-day twice', async () => {
    const header = ['表号', '冻结日期', '正向有功总示值', '日用电量'];
    const readings = range(10, 1).map((d) => ['M1', `2024-03-${String(d).padStart(2, '0')}`, 100 + d * d, '']);
    const given = range(10, 1).map((d) => ['M2', `2024-03-${String(d).padStart(2, '0')}`, '', 5 + d]);
    const repeated = [['M1', '2024-03-04', 120, ''], ['M2', '2024-03-04', '', 50]];
    const first = csv([header, ...readings, ...given, ...repeated]);
    const edit = (rows: (string | number)[][], d: number, value: number, column: number) => rows.map((r, i) => (i === d ? r.map((c, j) => (j === column ? value : c)) : r));
    const changed = csv([header, ...edit(readings, 7, 170, 2), ...edit(given, 2, 70, 3), ...repeated]);
    expect(await threeImports('daily', first, changed)).toEqual({
      once: { imported: 20, updated: 0, skipped: 2, quarantined: 0 },
      again: { imported: 0, updated: 0, skipped: 22, quarantined: 0 },
      changed: { imported: 0, updated: 2, skipped: 20, quarantined: 0 },
    });
  });

  it('a wide curve, with a meter-day twice', async () => {
    const header = ['表号', '数据日期', ...pointHeaders(24)];
    const rows = range(6, 1).map((d) => ['M1', `2024-03-0${d}`, ...range(24).map((p) => d + p / 4)]);
    const first = csv([header, ...rows, ['M1', '2024-03-02', ...range(24).map(() => 9)]]);
    const changed = csv([header, ...rows.map((r, i) => (i === 4 ? [...r.slice(0, 2), ...range(24).map(() => 1)] : r)), ['M1', '2024-03-02', ...range(24).map(() => 9)]]);
    expect(await threeImports('interval', first, changed)).toEqual({
      once: { imported: 6, updated: 0, skipped: 1, quarantined: 0 },
      again: { imported: 0, updated: 0, skipped: 7, quarantined: 0 },
      changed: { imported: 0, updated: 1, skipped: 6, quarantined: 0 },
    });
  });

  it('real half-hourly data repeating stamps at daylight saving changes (Smart Grid Smart City), through a buffer that evicts days', async () => {
    // The first customer's first 30,000 readings: two autumn changes, 2012-10-07 and 2013-10-06, in it.
    const lines = zlib.gunzipSync(fs.readFileSync(path.join(sharedDataDir, 'sgsc_customers', 'sgsc_50cust_raw.csv.gz'))).toString('utf8').split('\n');
    const head = lines.slice(0, 30_001);
    const stamps = head.slice(1).map((line) => line.split(',').slice(0, 2).join(','));
    const repeats = stamps.length - new Set(stamps).size;
    expect(repeats).toBeGreaterThanOrEqual(4);
    // A few values changed, none of them a repeated stamp's.
    const changedAt = [100, 5_000, 20_000];
    const changed = head.map((line, i) => (changedAt.includes(i) ? line.replace(/,([\d.]+),0,0,0,0$/, (_m, kwh: string) => `,${Number(kwh) + 1},0,0,0,0`) : line));
    const mapping: MappingSpec = { fields: { meter: 'CUSTOMER_ID', timestamp: 'READING_DATETIME', value: 'GENERAL_SUPPLY_KWH' }, options: { unit: 'kWh' } };
    const result = await threeImports('interval', `${head.join('\n')}\n`, `${changed.join('\n')}\n`, mapping, { sizes: { days: 8, months: 4 } });
    expect(result).toEqual({
      once: { imported: 30_000 - repeats, updated: 0, skipped: repeats, quarantined: 0 },
      again: { imported: 0, updated: 0, skipped: 30_000, quarantined: 0 },
      changed: { imported: 0, updated: changedAt.length, skipped: 30_000 - changedAt.length, quarantined: 0 },
    });
  }, 60_000);
});
