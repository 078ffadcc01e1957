// Missing daily frozen readings: the difference of the readings around them is spread evenly
// over the days between (source SPREAD), across months and files, within MAX_SPREAD_DAYS.
import { afterEach, describe, expect, it } from 'vitest';
import { formatDay } from '../../../../engine/core/calendar.js';
import { MAX_SPREAD_DAYS } from '../../../../engine/import/writers/readingGaps.js';
import { SOURCE_CONSUMPTION, SOURCE_INTERVAL, SOURCE_NONE, SOURCE_READING, SOURCE_SPREAD } from '../../../../engine/store/series.js';
import { csv, pointHeaders, range } from './files.js';
import { closeWorkspaces, storedMonth, testWorkspace, type TestWorkspace } from './workspace.js';

afterEach(closeWorkspaces);

const READINGS = ['表号', '冻结日期', '正向有功总示值'];
const readings = (...rows: [string, number][]) => csv([READINGS, ...rows.map(([day, total]) => ['M1', day, total])]);

/** Days first..last (1-based) of a stored month as [kwh, source] pairs. */
function days(ws: TestWorkspace, month: number, first: number, last: number): [number, number][] {
  const row = storedMonth(ws.db, 'M1', month)!;
  return range(last - first + 1, first - 1).map((d) => [row.kwh[d]!, row.source[d]!]);
}

const monthTotal = (ws: TestWorkspace, month: number) =>
  ws.db.prepare('SELECT sum(kwh) FROM agg_energy_monthly WHERE month = ?').pluck().get(month) as number | null;

describe('readings missing between two days', () => {
  it('spreads the difference evenly over the days of a gap inside a month, times the multiplier', async () => {
    const ws = testWorkspace();
    const result = await ws.importText(
      'daily',
      'gap.csv',
      csv([[...READINGS, '倍率'], ['M1', '2024-03-01', 100, 2], ['M1', '2024-03-04', 130, 2], ['M1', '2024-03-05', 131, 2]]),
    );
    expect(result).toMatchObject({ imported: 3, quarantined: 0 });
    expect(days(ws, 202403, 1, 5)).toEqual([
      [20, SOURCE_SPREAD],
      [20, SOURCE_SPREAD],
      [20, SOURCE_SPREAD],
      [2, SOURCE_READING],
      [Number.NaN, SOURCE_NONE],
    ]);
    expect(monthTotal(ws, 202403)).toBe(62);
  });

  it('spreads a gap across the end of a month over the days of both', async () => {
    const ws = testWorkspace();
    await ws.importText('daily', 'gap.csv', readings(['2024-02-27', 100], ['2024-03-02', 140]));
    // 27, 28 and 29 February (2024 is a leap year) and 1 March share 40 kWh.
    expect(days(ws, 202402, 27, 29)).toEqual([[10, SOURCE_SPREAD], [10, SOURCE_SPREAD], [10, SOURCE_SPREAD]]);
    expect(days(ws, 202403, 1, 2)).toEqual([[10, SOURCE_SPREAD], [Number.NaN, SOURCE_NONE]]);
    expect([monthTotal(ws, 202402), monthTotal(ws, 202403)]).toEqual([30, 10]);
  });

  it('spreads a gap between the last reading of one file and the first of the next, in either order', async () => {
    const earlier = readings(['2024-02-26', 90], ['2024-02-28', 100]);
    const later = readings(['2024-03-02', 130], ['2024-03-03', 131]);
    for (const files of [[earlier, later], [later, earlier]]) {
      const ws = testWorkspace();
      await ws.importText('daily', 'first.csv', files[0]!);
      await ws.importText('daily', 'second.csv', files[1]!);
      expect(days(ws, 202402, 26, 29)).toEqual([[5, SOURCE_SPREAD], [5, SOURCE_SPREAD], [10, SOURCE_SPREAD], [10, SOURCE_SPREAD]]);
      expect(days(ws, 202403, 1, 3)).toEqual([[10, SOURCE_SPREAD], [1, SOURCE_READING], [Number.NaN, SOURCE_NONE]]);
      // The overview follows the days the second file decided in the month before its own.
      expect([monthTotal(ws, 202402), monthTotal(ws, 202403)]).toEqual([30, 11]);
    }
  });

  it(`spreads over up to ${MAX_SPREAD_DAYS} days, a month without readings of its own included, and no further`, async () => {
    const ws = testWorkspace();
    // 31 days from 31 January to 2 March 2024: all of February lies in the gap.
    await ws.importText('daily', 'long.csv', readings(['2024-01-31', 1000], ['2024-03-02', 1310]));
    expect(days(ws, 202401, 31, 31)).toEqual([[10, SOURCE_SPREAD]]);
    expect(days(ws, 202402, 1, 29).every(([kwh, source]) => kwh === 10 && source === SOURCE_SPREAD)).toBe(true);
    expect(days(ws, 202403, 1, 1)).toEqual([[10, SOURCE_SPREAD]]);

    const tooLong = testWorkspace();
    // 32 days: left unknown.
    await tooLong.importText('daily', 'longer.csv', readings(['2024-03-01', 1000], ['2024-04-02', 1320]));
    expect(days(tooLong, 202403, 1, 31).every(([kwh, source]) => Number.isNaN(kwh) && source === SOURCE_NONE)).toBe(true);
    expect(days(tooLong, 202404, 1, 1)).toEqual([[Number.NaN, SOURCE_NONE]]);
  });

  it('follows a multiplier the archive gives later, in a month inside the gap too', async () => {
    const ws = testWorkspace();
    await ws.importText('daily', 'long.csv', readings(['2024-01-31', 1000], ['2024-03-02', 1031]));
    expect(days(ws, 202402, 10, 10)).toEqual([[1, SOURCE_SPREAD]]);
    await ws.importText('customers', 'archive.csv', csv([['户号', '表号', '综合倍率'], ['C1', 'M1', 40]]));
    expect(days(ws, 202401, 31, 31)).toEqual([[40, SOURCE_SPREAD]]);
    expect(days(ws, 202402, 10, 10)).toEqual([[40, SOURCE_SPREAD]]);
    expect(days(ws, 202403, 1, 1)).toEqual([[40, SOURCE_SPREAD]]);
  });

  it('spreads nothing when the register went down across the gap (a replaced meter), and takes a spread back when a reading is corrected so', async () => {
    const ws = testWorkspace();
    const result = await ws.importText('daily', 'replaced.csv', readings(['2024-03-01', 5000], ['2024-03-04', 12], ['2024-03-05', 15]));
    expect(result).toMatchObject({ imported: 3, quarantined: 0 });
    expect(days(ws, 202403, 1, 4)).toEqual([[Number.NaN, SOURCE_NONE], [Number.NaN, SOURCE_NONE], [Number.NaN, SOURCE_NONE], [3, SOURCE_READING]]);

    const corrected = testWorkspace();
    await corrected.importText('daily', 'a.csv', readings(['2024-03-01', 100], ['2024-03-04', 130]));
    await corrected.importText('daily', 'b.csv', readings(['2024-03-04', 90]));
    expect(days(corrected, 202403, 1, 3)).toEqual([[Number.NaN, SOURCE_NONE], [Number.NaN, SOURCE_NONE], [Number.NaN, SOURCE_NONE]]);
  });

  it('splits a spread when a missing reading arrives later', async () => {
    const ws = testWorkspace();
    await ws.importText('daily', 'a.csv', readings(['2024-03-01', 100], ['2024-03-05', 140]));
    await ws.importText('daily', 'b.csv', readings(['2024-03-02', 101]));
    expect(days(ws, 202403, 1, 4)).toEqual([[1, SOURCE_READING], [13, SOURCE_SPREAD], [13, SOURCE_SPREAD], [13, SOURCE_SPREAD]]);
  });

  it('keeps a day\'s own measurement in a gap, given or from a curve, and leaves the other days unknown', async () => {
    const given = testWorkspace();
    await given.importText(
      'daily',
      'mixed.csv',
      csv([['表号', '冻结日期', '正向有功总示值', '日用电量'], ['M1', '2024-03-01', 100, ''], ['M1', '2024-03-02', '', 7], ['M1', '2024-03-04', 130, '']]),
    );
    expect(days(given, 202403, 1, 3)).toEqual([[Number.NaN, SOURCE_NONE], [7, SOURCE_CONSUMPTION], [Number.NaN, SOURCE_NONE]]);

    const curve = testWorkspace();
    await curve.importText('daily', 'gap.csv', readings(['2024-03-01', 100], ['2024-03-04', 130]));
    await curve.importText('interval', 'curve.csv', csv([['表号', '数据日期', ...pointHeaders(24)], ['M1', '2024-03-02', ...range(24).map(() => 0.5)]]));
    expect(days(curve, 202403, 1, 3)).toEqual([[Number.NaN, SOURCE_NONE], [12, SOURCE_INTERVAL], [Number.NaN, SOURCE_NONE]]);
  });

  it('gives the same days from a date-sorted file whether the month buffer holds every row or evicts them', async () => {
    const meters = range(30).map((m) => `M${m}`);
    // Every meter misses a different pair of days around the end of March.
    const dates = range(12, 0).map((i) => 20240325 + (i < 7 ? i : i - 7 + 76)); // 25-31 March, 1-5 April
    const rows = dates.flatMap((day, d) =>
      meters.filter((_, m) => d % 6 !== m % 6 && (d + 1) % 6 !== m % 6).map((meter, m) => [meter, formatDay(day), 1000 + m + d * 7]),
    );
    const stored = async (sizes: { months: number }) => {
      const ws = testWorkspace();
      await ws.run('daily', ws.file('by-date.csv', csv([READINGS, ...rows])), undefined, { sizes });
      return ws.db.prepare('SELECT meter_id, month, hex(kwh), hex(source) FROM daily_energy ORDER BY meter_id, month').raw(true).all() as unknown[][];
    };
    const roomy = await stored({ months: 1000 });
    expect(roomy.some((row) => String(row[3]).includes('04'))).toBe(true);
    expect(await stored({ months: 4 })).toEqual(roomy);
  });
});
