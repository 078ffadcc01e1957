// Data keyed by customer number that arrives before the archive names the customer's meter
// waits under a stand-in meter; the archive moves it onto the real meter, in either order of
// import the workspace ends the same, and importing the data again skips it.
import { afterEach, describe, expect, it } from 'vitest';
import { refreshAll } from '../../../../engine/aggregates/refresh.js';
import { csv, pointHeaders, range } from './files.js';
import { closeWorkspaces, storedCurve, storedMonth, testWorkspace, type TestWorkspace } from './workspace.js';

afterEach(closeWorkspaces);

const USAGE = csv([['户号', '数据日期', '日用电量'], ['C001', '2024-03-01', 10], ['C001', '2024-03-02', 20]]);
const ARCHIVE = csv([['户号', '表号', '综合倍率'], ['C001', 'M001', 1]]);

/** What the overview and the catalog show, and where the data is. */
function figures(ws: TestWorkspace) {
  const all = (sql: string) => ws.db.prepare(sql).all();
  return {
    meters: all('SELECT meter_id, customer_id FROM meters ORDER BY meter_id'),
    daily: all('SELECT meter_id, month, kwh, source, days, total_kwh FROM daily_energy ORDER BY meter_id, month'),
    energy: all('SELECT month, area_id, category, kwh, meters FROM agg_energy_monthly ORDER BY month, area_id, category'),
    catalog: all(`SELECT kind, rows, entities, unmatched FROM catalog_stats WHERE kind IN ('daily', 'customers') ORDER BY kind`),
  };
}

const curveRow = (meter: string, day: string, kw: number) => [meter, day, ...range(24).map(() => kw)];
const CURVE_HEADER = ['表号', '数据日期', ...pointHeaders(24)];

describe('data keyed by customer number', () => {
  it('moves onto the meter the archive names later, and is skipped when imported again', async () => {
    const dataFirst = testWorkspace();
    expect(await dataFirst.importText('daily', 'usage.csv', USAGE)).toMatchObject({ imported: 2, unmatched: 1 });
    expect(figures(dataFirst).meters).toEqual([{ meter_id: 'C001', customer_id: 'C001' }]);
    await dataFirst.importText('customers', 'archive.csv', ARCHIVE);
    expect(await dataFirst.importText('daily', 'usage-again.csv', USAGE)).toMatchObject({ imported: 0, updated: 0, skipped: 2, unmatched: 0 });

    const archiveFirst = testWorkspace();
    await archiveFirst.importText('customers', 'archive.csv', ARCHIVE);
    expect(await archiveFirst.importText('daily', 'usage.csv', USAGE)).toMatchObject({ imported: 2, unmatched: 0 });
    expect(await archiveFirst.importText('daily', 'usage-again.csv', USAGE)).toMatchObject({ imported: 0, updated: 0, skipped: 2 });

    expect(figures(dataFirst)).toEqual(figures(archiveFirst));
    expect(figures(dataFirst).meters).toEqual([{ meter_id: 'M001', customer_id: 'C001' }]);
    expect(storedMonth(dataFirst.db, 'M001', 202403)!.kwh.slice(0, 3)).toEqual([10, 20, Number.NaN]);
    expect(figures(dataFirst).energy).toEqual([{ month: 202403, area_id: '', category: 'other', kwh: 30, meters: 1 }]);
  });

  it('gives way to the real meter\'s own data on the days both have, curves included', async () => {
    const ws = testWorkspace();
    await ws.importText('daily', 'usage.csv', USAGE);
    await ws.importText('daily', 'meter.csv', csv([['表号', '数据日期', '日用电量'], ['M001', '2024-03-02', 99], ['M001', '2024-03-03', 5]]));
    await ws.importText('interval', 'stand-in.csv', csv([CURVE_HEADER, curveRow('C001', '2024-03-01', 1), curveRow('C001', '2024-03-02', 1)]));
    await ws.importText('interval', 'meter-curve.csv', csv([CURVE_HEADER, curveRow('M001', '2024-03-02', 3)]));
    await ws.importText('customers', 'archive.csv', ARCHIVE);

    expect(figures(ws).meters).toEqual([{ meter_id: 'M001', customer_id: 'C001' }]);
    expect(storedMonth(ws.db, 'M001', 202403)!.kwh.slice(0, 4)).toEqual([10, 99, 5, Number.NaN]);
    expect(storedCurve(ws.db, 'M001', 20240301)).toEqual(range(24).map(() => 1));
    expect(storedCurve(ws.db, 'M001', 20240302)).toEqual(range(24).map(() => 3));
    expect(ws.db.prepare(`SELECT COUNT(*) FROM interval_load WHERE meter_id = 'C001'`).pluck().get()).toBe(0);
    expect(figures(ws).energy).toEqual([{ month: 202403, area_id: '', category: 'other', kwh: 114, meters: 1 }]);
    const catalog = ws.db.prepare(`SELECT kind, rows, entities, unmatched FROM catalog_stats WHERE kind IN ('interval', 'daily') ORDER BY kind`).all();
    expect(catalog).toEqual([
      { kind: 'daily', rows: 3, entities: 1, unmatched: 0 },
      { kind: 'interval', rows: 2, entities: 1, unmatched: 0 },
    ]);
  });

  it('keeps a meter the archive names, even one numbered like its customer, and skips the archive the second time', async () => {
    const ws = testWorkspace();
    await ws.importText('interval', 'load.csv', csv([CURVE_HEADER, curveRow('3100001', '2024-03-01', 1), curveRow('M2', '2024-03-01', 5)]));
    const archive = csv([['户号', '表号', '用电类别'], ['3100001', '3100001', '居民生活'], ['3100001', 'M2', '居民生活']]);
    expect(await ws.importText('customers', 'archive.csv', archive)).toMatchObject({ imported: 1, updated: 1 });
    expect(await ws.importText('customers', 'archive-again.csv', archive)).toMatchObject({ imported: 0, updated: 0, skipped: 2 });

    expect(figures(ws).meters).toEqual([
      { meter_id: '3100001', customer_id: '3100001' },
      { meter_id: 'M2', customer_id: '3100001' },
    ]);
    expect(storedCurve(ws.db, '3100001', 20240301)).toEqual(range(24).map(() => 1));
    expect(storedCurve(ws.db, 'M2', 20240301)).toEqual(range(24).map(() => 5));
    expect(figures(ws).energy).toEqual([{ month: 202403, area_id: '', category: 'residential', kwh: 144, meters: 2 }]);
  });

  it('makes a stand-in the customer\'s own meter once an archive names it, and moves nothing when a second meter comes', async () => {
    const ws = testWorkspace();
    await ws.importText('daily', 'usage.csv', USAGE);
    await ws.importText('customers', 'archive.csv', csv([['户号', '表号'], ['C001', 'C001']]));
    await ws.importText('customers', 'second-meter.csv', csv([['户号', '表号'], ['C001', 'M009']]));

    expect(figures(ws).meters).toEqual([
      { meter_id: 'C001', customer_id: 'C001' },
      { meter_id: 'M009', customer_id: 'C001' },
    ]);
    expect(storedMonth(ws.db, 'C001', 202403)!.kwh.slice(0, 3)).toEqual([10, 20, Number.NaN]);
    expect(storedMonth(ws.db, 'M009', 202403)).toBeNull();
  });

  it('merges the stand-in of an archive row without a meter once a later archive names the customer\'s meter', async () => {
    const ws = testWorkspace();
    await ws.importText('customers', 'no-meters.csv', csv([['户号', '用电类别'], ['C001', '居民生活']]));
    await ws.importText('daily', 'usage.csv', USAGE);
    await ws.importText('customers', 'archive.csv', csv([['户号', '表号', '用电类别'], ['C001', 'M001', '居民生活']]));

    expect(figures(ws).meters).toEqual([{ meter_id: 'M001', customer_id: 'C001' }]);
    expect(storedMonth(ws.db, 'M001', 202403)!.kwh.slice(0, 3)).toEqual([10, 20, Number.NaN]);
  });

  it('forgets the group a merged stand-in was counted under, so that a later archive import recounts its number\'s new meter', async () => {
    const ws = testWorkspace();
    const header = ['户号', '表号', '用电类别', '台区编号'];
    // Customers no later archive changes, so that those imports recount only what they change.
    const others = range(20).map((i) => [`X${i}`, '', '居民生活', '']);
    await ws.importText('customers', 'first.csv', csv([header, ['C', '', '居民生活', 'T1'], ['D', 'MD', '居民生活', 'T1'], ...others]));
    await ws.importText('daily', 'by-customer.csv', csv([['户号', '数据日期', '日用电量'], ['C', '2024-03-01', 10]]));
    await ws.importText('customers', 'c-meter.csv', csv([header, ['C', 'M1', '居民生活', 'T1']])); // C's stand-in merges into M1
    await ws.importText('daily', 'by-meter.csv', csv([['表号', '数据日期', '日用电量'], ['C', '2024-04-01', 7]])); // a meter numbered C
    await ws.importText('customers', 'd-meter.csv', csv([header, ['D', 'C', '居民生活', 'T1']])); // meter C is D's

    const counted = () => ({
      energy: ws.db.prepare('SELECT * FROM agg_energy_monthly ORDER BY month, area_id, category').all(),
      daily: ws.db.prepare('SELECT * FROM agg_energy_daily ORDER BY day, category').all(),
      groups: ws.db.prepare('SELECT * FROM agg_meter_groups ORDER BY meter_id').all(),
    });
    const incremental = counted();
    ws.db.transaction(() => refreshAll(ws.db))();
    expect(incremental).toEqual(counted());
    expect(incremental.energy).toContainEqual({ month: 202404, area_id: 'T1', category: 'residential', kwh: 7, meters: 1 });
  });
});
