import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { SOURCE_INTERVAL } from '../../../../engine/store/series.js';
import { csv, curve, pointHeaders, range, timeHeaders } from './files.js';
import { closeWorkspaces, storedCurve, storedMonth, testWorkspace } from './workspace.js';

afterEach(closeWorkspaces);

describe('wide interval files', () => {
  it.each([
    ['P1..P96', pointHeaders(96), 96],
    ['H1..H24', pointHeaders(24, 'H'), 24],
    ['h1..h24', pointHeaders(24, 'h'), 24],
    ['P1..P48', pointHeaders(48), 48],
    ['0:15..24:00', timeHeaders(96, 'end'), 96],
    ['00:00..23:45', timeHeaders(96, 'start'), 96],
    ['00:30..24:00', timeHeaders(48, 'end'), 48],
  ])('reads %s columns as one meter-day of kW', async (_name, points, n) => {
    const ws = testWorkspace();
    const result = await ws.importText(
      'interval',
      'curve.csv',
      csv([['表号', '数据日期', ...points], ['M1', '2024-03-01', ...curve(n, 1)], ['M1', '2024-03-02', ...curve(n, 2)]]),
    );
    expect(result).toMatchObject({ rowsRead: 2, imported: 2, updated: 0, skipped: 0, quarantined: 0, unmatched: 1 });
    expect(storedCurve(ws.db, 'M1', 20240301)).toEqual(curve(n, 1));
    const row = ws.db.prepare('SELECT points, kwh, peak_kw, missing, quality FROM interval_load WHERE day = 20240302').get();
    const kwh = curve(n, 2).reduce((a, b) => a + b, 0) * (24 / n);
    expect(row).toEqual({ points: n, kwh: expect.closeTo(kwh, 6), peak_kw: curve(n, 2)[n - 1], missing: 0, quality: null });
  });

  it('takes English headers, every date form, split date columns and thousands separators', async () => {
    const ws = testWorkspace();
    const header = ['meter_id', 'date', ...pointHeaders(24, 'H')];
    const values = curve(24, 1000).map((v) => `"${v.toLocaleString('en')}"`);
    const text =
      [header.join(','), ...['2024-03-01', '2024/3/2', '20240303', '2024年3月4日', '2024.3.5'].map((d) => ['M1', d, ...values].join(','))].join(
        '\n',
      ) + '\n';
    const result = await ws.importText('interval', 'english.csv', text);
    expect(result).toMatchObject({ imported: 5, quarantined: 0 });
    expect(storedCurve(ws.db, 'M1', 20240304)).toEqual(curve(24, 1000));

    const split = await ws.importText(
      'interval',
      'split.csv',
      csv([['表号', '年', '月', '日', ...pointHeaders(24)], ['M2', 2024, 2, 29, ...curve(24, 1)], ['M2', 2023, 2, 29, ...curve(24, 1)]]),
    );
    expect(split).toMatchObject({ imported: 1, quarantined: 1 });
    expect(split.errors[0]).toMatchObject({ row: 3, code: 'invalid_date' });
    expect(storedCurve(ws.db, 'M2', 20240229)).toEqual(curve(24, 1));
  });

  it('converts kWh per interval to kW: by option, by header unit, by data-type column', async () => {
    const ws = testWorkspace();
    const kwh = range(96).map(() => 0.25); // 0.25 kWh per quarter hour = 1 kW
    await ws.importText('interval', 'option.csv', csv([['表号', '数据日期', ...pointHeaders(96)], ['A', '2024-03-01', ...kwh]]), {
      fields: {},
      options: { unit: 'kWh' },
    });
    await ws.importText(
      'interval',
      'unit.csv',
      csv([['表号', '数据日期', ...pointHeaders(96).map((h) => `${h}(kWh)`)], ['B', '2024-03-01', ...kwh]]),
    );
    const typed = await ws.importText(
      'interval',
      'typed.csv',
      csv([
        ['表号', '数据日期', '数据类型', ...pointHeaders(96)],
        ['C', '2024-03-01', '正向有功电量', ...kwh],
        ['D', '2024-03-01', '有功功率', ...kwh],
        ['E', '2024-03-01', 'A相电压', ...kwh],
      ]),
    );
    for (const meter of ['A', 'B', 'C']) expect(storedCurve(ws.db, meter, 20240301)).toEqual(range(96).map(() => 1));
    expect(storedCurve(ws.db, 'D', 20240301)).toEqual(kwh);
    expect(typed.errors).toEqual([
      expect.objectContaining({ row: 4, column: '数据类型', code: 'unsupported_data_type', reason: expect.stringContaining("'A相电压' in 数据类型") }),
    ]);
  });

  it('keeps blank points as missing with a quality mask, and quarantines a cell that is not a number', async () => {
    const ws = testWorkspace();
    const gappy = curve(24, 1).map((v, i) => (i === 3 || i === 7 ? '' : v));
    const bad = curve(24, 1).map((v, i) => (i === 5 ? '1.2.3' : v));
    const result = await ws.importText(
      'interval',
      'gaps.csv',
      csv([['表号', '数据日期', ...pointHeaders(24)], ['M1', '2024-03-01', ...gappy], ['M1', '2024-03-02', ...bad]]),
    );
    expect(result.errors).toEqual([
      { row: 3, column: 'P6', code: 'invalid_number', reason: "invalid_number: '1.2.3' in P6 is not a number" },
    ]);
    const row = ws.db.prepare('SELECT missing, quality FROM interval_load WHERE meter_id = ?').get('M1') as { missing: number; quality: Buffer };
    expect(row.missing).toBe(2);
    expect(Array.from(row.quality)).toEqual(range(24).map((i) => (i === 3 || i === 7 ? 1 : 0)));
    expect(storedCurve(ws.db, 'M1', 20240301)![3]).toBeNaN();
  });

  it('quarantines bad rows with the code, the column and the value', async () => {
    const ws = testWorkspace();
    const result = await ws.importText(
      'interval',
      'bad.csv',
      csv([
        ['表号', '数据日期', ...pointHeaders(24)],
        ['M1', '2024-13-01', ...curve(24, 1)],
        ['', '2024-03-01', ...curve(24, 1)],
        ['M1', '2024-03-01', ...curve(24, 1)],
      ]),
    );
    expect(result).toMatchObject({ rowsRead: 3, imported: 1, quarantined: 2 });
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 2, column: '数据日期', code: 'invalid_date', reason: expect.stringContaining("invalid_date: '2024-13-01' in 数据日期 is not a date") }),
      expect.objectContaining({ row: 3, column: '表号', code: 'missing_value' }),
    ]);
    const stored = ws.db.prepare('SELECT row, column_name, code, cells FROM quarantine ORDER BY row').all() as { cells: string }[];
    expect(stored).toHaveLength(2);
    expect(JSON.parse(stored[0]!.cells).slice(0, 3)).toEqual(['M1', '2024-13-01', '1']);
  });

  it('quarantines a CSV row cut short before the last point column', async () => {
    const ws = testWorkspace();
    const text = csv([['表号', '数据日期', ...pointHeaders(24)], ['M1', '2024-03-01', ...curve(24, 1)]]) + 'M1,2024-03-02,1,2,3\n';
    const result = await ws.importText('interval', 'cut.csv', text);
    expect(result).toMatchObject({ imported: 1, quarantined: 1 });
    expect(result.errors[0]).toMatchObject({ row: 3, column: '', code: 'short_row', reason: expect.stringContaining('the row has 5 cells') });
  });

  it('reads an XLSX sheet with a title row and date cells; trailing blank cells are missing points', async () => {
    const ws = testWorkspace();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('负荷');
    sheet.addRow(['国网某供电公司 96点负荷曲线']);
    sheet.addRow(['表号', '数据日期', ...pointHeaders(96)]);
    sheet.addRow(['M1', new Date(Date.UTC(2024, 2, 1)), ...curve(96, 1)]);
    sheet.addRow(['M2', new Date(Date.UTC(2024, 2, 2)), ...curve(90, 1)]);
    const file = `${ws.dir}/curve.xlsx`;
    await book.xlsx.writeFile(file);
    expect(await ws.run('interval', file)).toMatchObject({ rowsRead: 2, imported: 2, quarantined: 0 });
    expect(storedCurve(ws.db, 'M1', 20240301)).toEqual(curve(96, 1));
    expect(ws.db.prepare('SELECT missing FROM interval_load WHERE meter_id = ?').pluck().get('M2')).toBe(6);
  });

  it('counts a re-import exactly: identical rows skipped, changed rows updated, nothing duplicated', async () => {
    const ws = testWorkspace();
    const header = ['表号', '数据日期', ...pointHeaders(24)];
    const first = csv([header, ['M1', '2024-03-01', ...curve(24, 1)], ['M2', '2024-03-01', ...curve(24, 2)]]);
    expect(await ws.importText('interval', 'a.csv', first)).toMatchObject({ imported: 2, updated: 0, skipped: 0 });
    expect(await ws.importText('interval', 'b.csv', first)).toMatchObject({ imported: 0, updated: 0, skipped: 2 });
    const changed = csv([header, ['M1', '2024-03-01', ...curve(24, 1)], ['M2', '2024-03-01', ...curve(24, 5)], ['M3', '2024-03-01', ...curve(24, 1)]]);
    expect(await ws.importText('interval', 'c.csv', changed)).toMatchObject({ imported: 1, updated: 1, skipped: 1 });
    expect(ws.db.prepare('SELECT count(*) FROM interval_load').pluck().get()).toBe(3);
    expect(storedCurve(ws.db, 'M2', 20240301)).toEqual(curve(24, 5));
  });

  it('puts each day\'s energy into daily_energy as interval-sourced consumption', async () => {
    const ws = testWorkspace();
    await ws.importText('interval', 'a.csv', csv([['表号', '数据日期', ...pointHeaders(24)], ['M1', '2024-03-31', ...range(24).map(() => 2)]]));
    const month = storedMonth(ws.db, 'M1', 202403)!;
    expect(month.kwh[30]).toBe(48);
    expect(month.source[30]).toBe(SOURCE_INTERVAL);
    expect(month.kwh.slice(0, 30).every(Number.isNaN)).toBe(true);
  });
});

describe('long interval files', () => {
  /** Rows of meter, stamp, value for whole days at `step` minutes, start-labelled. */
  function longRows(meters: string[], days: string[], step: number, value: (m: number, i: number) => number) {
    const rows: (string | number)[][] = [];
    meters.forEach((meter, m) =>
      days.forEach((day) =>
        range(1440 / step).forEach((i) => {
          const minutes = i * step;
          const stamp = `${day} ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
          rows.push([meter, stamp, value(m, i)]);
        }),
      ),
    );
    return rows;
  }

  it('detects the interval, merges points into meter-days and counts each point', async () => {
    const ws = testWorkspace();
    const rows = longRows(['M1', 'M2'], ['2024-03-01', '2024-03-02'], 30, (m, i) => m + i / 4);
    const result = await ws.importText('interval', 'long.csv', csv([['meter_id', 'timestamp', 'kw'], ...rows]));
    expect(result).toMatchObject({ rowsRead: 192, imported: 192, quarantined: 0 });
    expect(storedCurve(ws.db, 'M2', 20240302)).toEqual(range(48).map((i) => 1 + i / 4));
    expect(ws.db.prepare('SELECT DISTINCT points FROM interval_load').pluck().all()).toEqual([48]);
  });

  it('reads date and time columns, end-labelled up to 24:00', async () => {
    const ws = testWorkspace();
    const rows = range(24).map((i) => ['M1', '2024-03-01', `${i + 1}:00`, i + 1]);
    const result = await ws.importText('interval', 'end.csv', csv([['表号', '日期', '时刻', '负荷'], ...rows]));
    expect(result).toMatchObject({ imported: 24, quarantined: 0 });
    expect(storedCurve(ws.db, 'M1', 20240301)).toEqual(range(24, 1));
  });

  it('takes an English time column beside a date as the time of day', async () => {
    const ws = testWorkspace();
    const rows = range(24).map((i) => ['M1', '2024-03-01', `${String(i).padStart(2, '0')}:00`, i]);
    const result = await ws.importText('interval', 'en.csv', csv([['meter_id', 'date', 'time', 'kw'], ...rows]));
    expect(result).toMatchObject({ imported: 24, quarantined: 0 });
    expect(storedCurve(ws.db, 'M1', 20240301)).toEqual(range(24));
  });

  it('reads end-labelled stamps that roll into the next day at midnight', async () => {
    const ws = testWorkspace();
    const rows = range(96).map((i) => {
      const minutes = (i + 1) * 15;
      const day = minutes === 1440 ? '2024-03-02 00:00' : `2024-03-01 ${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
      return ['M1', day, i];
    });
    await ws.importText('interval', 'end15.csv', csv([['表号', '数据时间', '有功功率'], ...rows]));
    expect(storedCurve(ws.db, 'M1', 20240301)).toEqual(range(96));
    expect(storedCurve(ws.db, 'M1', 20240302)).toBeNull();
  });

  it('gives the same workspace for a shuffled file through a buffer far smaller than the file', async () => {
    const rows = longRows(['M1', 'M2', 'M3'], ['2024-03-30', '2024-03-31', '2024-04-01'], 60, (m, i) => m * 100 + i);
    const shuffled = [...rows];
    let seed = 7;
    for (let i = shuffled.length - 1; i > 0; i--) {
      seed = (seed * 48271) % 2147483647;
      const j = seed % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const sorted = testWorkspace();
    const mixed = testWorkspace();
    const header = ['表号', '数据时间', '负荷'];
    const a = await sorted.importText('interval', 'sorted.csv', csv([header, ...rows]));
    const b = await mixed.run('interval', mixed.file('mixed.csv', csv([header, ...shuffled])), undefined, { sizes: { days: 2, months: 4 } });
    expect(b).toMatchObject({ rowsRead: a.rowsRead, imported: a.imported, updated: 0, skipped: 0 });
    const dump = (ws: typeof sorted) => ws.db.prepare('SELECT meter_id, day, kwh, kw FROM interval_load ORDER BY meter_id, day').all();
    expect(dump(mixed)).toEqual(dump(sorted));
    expect(storedMonth(mixed.db, 'M3', 202404)).toEqual(storedMonth(sorted.db, 'M3', 202404));
  });

  it('writes each meter-day about once from a time-sorted file of more meters than the buffers hold at first', async () => {
    const meters = range(40).map((m) => `M${m}`);
    const rows = longRows(meters, ['2024-03-31', '2024-04-01'], 60, (m, i) => m + i / 4);
    const byTime = [...rows].sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    const file = csv([['表号', '数据时间', '负荷'], ...byTime]);
    const grown = testWorkspace();
    let writes = 0;
    grown.db.function('count_write', () => {
      writes++;
      return null;
    });
    const triggers = ['interval_load', 'daily_energy'].flatMap((table) => ['INSERT', 'UPDATE'].map((when) => `count_${table}_${when}`));
    for (const name of triggers) {
      const [, table, when] = /^count_(\w+)_(\w+)$/.exec(name)!;
      grown.db.exec(`CREATE TRIGGER ${name} AFTER ${when} ON ${table} BEGIN SELECT count_write(); END`);
    }
    const result = await grown.run('interval', grown.file('by-time.csv', file), undefined, { sizes: { days: 8, months: 8 } });
    for (const name of triggers) grown.db.exec(`DROP TRIGGER ${name}`);
    expect(result).toMatchObject({ rowsRead: 1920, imported: 1920 });
    // 80 meter-days and 80 meter-months (two months): a buffer that stayed at 8 rows would
    // evict and rewrite a day for nearly every one of the 1,920 points.
    expect(writes).toBeLessThan(2 * 160);
    const roomy = testWorkspace();
    await roomy.importText('interval', 'by-time.csv', file);
    const dump = (ws: typeof roomy) => ws.db.prepare('SELECT meter_id, day, kwh, kw FROM interval_load ORDER BY meter_id, day').all();
    expect(dump(grown)).toEqual(dump(roomy));
    expect(storedMonth(grown.db, 'M39', 202404)).toEqual(storedMonth(roomy.db, 'M39', 202404));
  });

  it('converts long kWh readings and keeps a duplicated stamp once (the later value)', async () => {
    const ws = testWorkspace();
    const result = await ws.importText(
      'interval',
      'dup.csv',
      csv([
        ['CUSTOMER_ID', 'READING_DATETIME', 'GENERAL_SUPPLY_KWH'],
        ['7', '2012-02-10 08:00:00', '0.5'],
        ['7', '2012-02-10 08:30:00', '0.25'],
        ['7', '2012-02-10 08:30:00', '0.75'],
      ]),
      { fields: { meter: 'CUSTOMER_ID', value: 'GENERAL_SUPPLY_KWH' }, options: { unit: 'kWh' } },
    );
    // The repeated stamp's first row is replaced by its second: one point, imported.
    expect(result).toMatchObject({ rowsRead: 3, imported: 2, updated: 0, skipped: 1 });
    const stored = storedCurve(ws.db, '7', 20120210)!;
    expect([stored[16], stored[17]]).toEqual([1, 1.5]);
  });

  it('quarantines a stamp off the file\'s grid', async () => {
    const ws = testWorkspace();
    const result = await ws.importText(
      'interval',
      'grid.csv',
      csv([['表号', '数据时间', '负荷'], ['M1', '2024-03-01 00:00', 1], ['M1', '2024-03-01 00:15', 2], ['M1', '2024-03-01 00:20', 3]]),
    );
    expect(result.errors).toEqual([expect.objectContaining({ row: 4, column: '数据时间', code: 'invalid_time' })]);
  });

  it('imports a single-meter file without a meter column when the meter is given', async () => {
    const ws = testWorkspace();
    const rows = range(48).map((i) => [`2012-01-01 ${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}:00`, '2012-01-01', 4000 + i]);
    const result = await ws.importText('interval', 'region.csv', csv([['Time', 'Date', 'Demand'], ...rows]), {
      fields: {},
      options: { meter: 'VIC' },
    });
    expect(result).toMatchObject({ imported: 48, quarantined: 0 });
    expect(storedCurve(ws.db, 'VIC', 20120101)).toEqual(range(48).map((i) => 4000 + i));
  });
});
