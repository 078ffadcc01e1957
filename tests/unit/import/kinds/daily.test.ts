import { afterEach, describe, expect, it } from 'vitest';
import { SOURCE_CONSUMPTION, SOURCE_INTERVAL, SOURCE_READING } from '../../../../engine/store/series.js';
import { csv, pointHeaders, range } from './files.js';
import { closeWorkspaces, storedMonth, testWorkspace } from './workspace.js';

afterEach(closeWorkspaces);

const READINGS = ['表号', '冻结日期', '正向有功总示值'];

describe('daily frozen readings', () => {
  it('derives consumption as the next day\'s reading minus the day\'s, times the file\'s multiplier', async () => {
    const ws = testWorkspace();
    const result = await ws.importText(
      'daily',
      'frozen.csv',
      csv([
        ['表号', '冻结日期', '正向有功总示值', '综合倍率'],
        ['M1', '2024-03-01', '1,000.5', 40],
        ['M1', '2024-03-02', '1,002.0', 40],
        ['M1', '2024-03-03', '1,010.0', 40],
      ]),
    );
    expect(result).toMatchObject({ rowsRead: 3, imported: 3, quarantined: 0, unmatched: 1 });
    const month = storedMonth(ws.db, 'M1', 202403)!;
    expect(month.kwh.slice(0, 3)).toEqual([60, 320, Number.NaN]);
    expect(month.source.slice(0, 3)).toEqual([SOURCE_READING, SOURCE_READING, 0]);
    expect(month.multiplier).toBe(40);
  });

  it('uses the archive\'s multiplier when the file has none, and 1 without either', async () => {
    const ws = testWorkspace();
    await ws.importText('customers', 'archive.csv', csv([['户号', '表号', '倍率'], ['C1', 'M1', 30]]));
    await ws.importText('daily', 'frozen.csv', csv([READINGS, ['M1', '2024-03-01', 10], ['M1', '2024-03-02', 11], ['M9', '2024-03-01', 10], ['M9', '2024-03-02', 12]]));
    expect(storedMonth(ws.db, 'M1', 202403)!.kwh[0]).toBe(30);
    expect(storedMonth(ws.db, 'M9', 202403)!.kwh[0]).toBe(2);
  });

  it('follows a multiplier the archive gives after the readings, unless the readings file had its own', async () => {
    const ws = testWorkspace();
    await ws.importText('daily', 'plain.csv', csv([READINGS, ['M1', '2024-03-01', 10], ['M1', '2024-03-02', 11]]));
    await ws.importText('daily', 'own.csv', csv([[...READINGS, '倍率'], ['M2', '2024-03-01', 10, 30], ['M2', '2024-03-02', 11, 30]]));
    expect(storedMonth(ws.db, 'M1', 202403)!.kwh[0]).toBe(1);
    await ws.importText('customers', 'archive.csv', csv([['户号', '表号', '综合倍率'], ['C1', 'M1', 40], ['C2', 'M2', 40]]));
    expect(storedMonth(ws.db, 'M1', 202403)).toMatchObject({ multiplier: 40 });
    expect(storedMonth(ws.db, 'M1', 202403)!.kwh[0]).toBe(40);
    expect(storedMonth(ws.db, 'M2', 202403)!.kwh[0]).toBe(30);
  });

  it('closes a month\'s last day with the next month\'s first reading, in one file or a later one', async () => {
    const together = testWorkspace();
    await together.importText('daily', 'both.csv', csv([READINGS, ['M1', '2024-02-29', 100], ['M1', '2024-03-01', 107]]));
    expect(storedMonth(together.db, 'M1', 202402)!.kwh[28]).toBe(7);

    const apart = testWorkspace();
    await apart.importText('daily', 'feb.csv', csv([READINGS, ['M1', '2024-02-29', 100]]));
    expect(storedMonth(apart.db, 'M1', 202402)!.kwh[28]).toBeNaN();
    await apart.importText('daily', 'mar.csv', csv([READINGS, ['M1', '2024-03-01', 107]]));
    expect(storedMonth(apart.db, 'M1', 202402)!.kwh[28]).toBe(7);

    const reversed = testWorkspace();
    await reversed.importText('daily', 'mar.csv', csv([READINGS, ['M1', '2024-03-01', 107]]));
    await reversed.importText('daily', 'feb.csv', csv([READINGS, ['M1', '2024-02-29', 100]]));
    expect(storedMonth(reversed.db, 'M1', 202402)!.kwh[28]).toBe(7);
  });

  it('stores the time-of-use registers beside the total', async () => {
    const ws = testWorkspace();
    await ws.importText(
      'daily',
      'tou.csv',
      csv([
        ['表号', '数据日期', '正向有功总', '尖', '峰', '平', '谷'],
        ['M1', '2024-03-01', 100, 10, 30, 40, 20],
        ['M1', '2024-03-02', 110, 11, 33, 44, 22],
      ]),
    );
    const row = ws.db.prepare('SELECT registers, readings FROM daily_energy').get() as { registers: number; readings: Buffer };
    expect(row.registers).toBe(5);
    const readings = new Float64Array(row.readings.buffer.slice(row.readings.byteOffset, row.readings.byteOffset + row.readings.byteLength));
    expect(Array.from(readings.slice(0, 10))).toEqual([100, 10, 30, 40, 20, 110, 11, 33, 44, 22]);
    expect(storedMonth(ws.db, 'M1', 202403)!.kwh[0]).toBe(10);
  });

  it('quarantines a reading below the day before (a replaced meter), naming both readings', async () => {
    const ws = testWorkspace();
    const result = await ws.importText(
      'daily',
      'replaced.csv',
      csv([READINGS, ['M1', '2024-03-01', 5000], ['M1', '2024-03-02', 5010], ['M1', '2024-03-03', 3], ['M1', '2024-03-04', 8]]),
    );
    expect(result).toMatchObject({ imported: 3, quarantined: 1 });
    expect(result.errors).toEqual([
      {
        row: 4,
        column: '正向有功总示值',
        code: 'negative_difference',
        reason: expect.stringContaining('negative_difference: 正向有功总示值 3 on 2024-03-03 is below 5010 on 2024-03-02'),
      },
    ]);
    const month = storedMonth(ws.db, 'M1', 202403)!;
    expect(month.kwh.slice(0, 4)).toEqual([10, Number.NaN, Number.NaN, Number.NaN]);
  });

  it('also finds the negative difference against a reading stored by an earlier import', async () => {
    const ws = testWorkspace();
    await ws.importText('daily', 'later.csv', csv([READINGS, ['M1', '2024-03-02', 200]]));
    const result = await ws.importText('daily', 'earlier.csv', csv([READINGS, ['M1', '2024-03-01', 250]]));
    expect(result.errors[0]).toMatchObject({ code: 'negative_difference', reason: expect.stringContaining('200 on 2024-03-02 is below 250 on 2024-03-01') });
  });

  it('takes a given daily consumption, keyed by customer number through the archive, with split dates', async () => {
    const ws = testWorkspace();
    await ws.importText('customers', 'archive.csv', csv([['户号', '表号'], ['C1', 'M1']]));
    const result = await ws.importText(
      'daily',
      'usage.csv',
      csv([['户号', '年', '月', '日', '日用电量'], ['C1', 2024, 3, 1, '1,234.5'], ['C2', 2024, 3, 1, 7], ['C1', 2024, 3, 2, -1]]),
    );
    expect(result).toMatchObject({ imported: 2, quarantined: 1, unmatched: 1 });
    expect(result.errors[0]).toMatchObject({ code: 'negative_value', column: '日用电量' });
    expect(storedMonth(ws.db, 'M1', 202403)!.kwh[0]).toBe(1234.5);
    expect(storedMonth(ws.db, 'M1', 202403)!.source[0]).toBe(SOURCE_CONSUMPTION);
    // A customer without an archive entry gets a stand-in meter of its own number, linked to it, reported as unmatched.
    expect(ws.db.prepare('SELECT customer_id FROM meters WHERE meter_id = ?').pluck().get('C2')).toBe('C2');
  });

  it('lets readings and given consumption override the curve\'s sum, not the reverse', async () => {
    const ws = testWorkspace();
    const curveFile = csv([['表号', '数据日期', ...pointHeaders(24)], ['M1', '2024-03-01', ...range(24).map(() => 1)], ['M1', '2024-03-05', ...range(24).map(() => 1)]]);
    await ws.importText('interval', 'curve.csv', curveFile);
    await ws.importText('daily', 'frozen.csv', csv([READINGS, ['M1', '2024-03-01', 10], ['M1', '2024-03-02', 40]]));
    await ws.importText('interval', 'curve-again.csv', curveFile.replaceAll(',1', ',2'));
    const month = storedMonth(ws.db, 'M1', 202403)!;
    expect([month.kwh[0], month.source[0]]).toEqual([30, SOURCE_READING]);
    expect([month.kwh[4], month.source[4]]).toEqual([48, SOURCE_INTERVAL]);
  });

  it('writes each meter-month about once from a date-sorted file of more meters than the month buffer holds at first', async () => {
    const meters = range(40).map((m) => `M${m}`);
    const days = ['2024-03-27', '2024-03-28', '2024-03-29', '2024-03-30', '2024-03-31', '2024-04-01'];
    const rows = days.flatMap((day, d) => meters.map((meter, m) => [meter, day, 1000 + m + d * 10]));
    const ws = testWorkspace();
    let writes = 0;
    ws.db.function('count_write', () => {
      writes++;
      return null;
    });
    for (const when of ['INSERT', 'UPDATE']) ws.db.exec(`CREATE TRIGGER count_${when} AFTER ${when} ON daily_energy BEGIN SELECT count_write(); END`);
    const result = await ws.run('daily', ws.file('by-date.csv', csv([READINGS, ...rows])), undefined, { sizes: { months: 4 } });
    for (const when of ['INSERT', 'UPDATE']) ws.db.exec(`DROP TRIGGER count_${when}`);
    expect(result).toMatchObject({ imported: 240, quarantined: 0 });
    // 80 meter-months written once, March's again at most once when April's first reading closes
    // their last day; a buffer that stayed at 4 rows would write one for nearly every reading.
    expect(writes).toBeLessThanOrEqual(80 + 40);
    expect(storedMonth(ws.db, 'M39', 202403)!.kwh.slice(29, 31)).toEqual([10, 10]);
  });

  it('counts a re-import exactly', async () => {
    const ws = testWorkspace();
    const rows = [READINGS, ['M1', '2024-03-01', 10], ['M1', '2024-03-02', 12], ['M1', '2024-03-03', 15]];
    await ws.importText('daily', 'a.csv', csv(rows));
    expect(await ws.importText('daily', 'b.csv', csv(rows))).toMatchObject({ imported: 0, updated: 0, skipped: 3 });
    const changed = [READINGS, ['M1', '2024-03-01', 10], ['M1', '2024-03-02', 13], ['M1', '2024-03-04', 16]];
    expect(await ws.importText('daily', 'c.csv', csv(changed))).toMatchObject({ imported: 1, updated: 1, skipped: 1 });
    expect(storedMonth(ws.db, 'M1', 202403)!.kwh.slice(0, 3)).toEqual([3, 2, 1]);
  });
});

describe('daily consumption with English split date columns', () => {
  it('reads year / month / day as the parts of the date', async () => {
    const ws = testWorkspace();
    const result = await ws.importText('daily', 'en.csv', csv([['meter_id', 'year', 'month', 'day', 'kwh'], ['M1', 2024, 3, 9, '12.5']]));
    expect(result).toMatchObject({ imported: 1, quarantined: 0 });
    expect(storedMonth(ws.db, 'M1', 202403)!.kwh[8]).toBe(12.5);
  });
});
