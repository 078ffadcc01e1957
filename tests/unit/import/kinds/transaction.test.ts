// One file, one transaction: a failure or a cancel in the middle of a file leaves the
// workspace exactly as it was, import history included.
import { afterEach, describe, expect, it } from 'vitest';
import { csv, pointHeaders, range } from './files.js';
import { closeWorkspaces, fingerprint, testWorkspace } from './workspace.js';

afterEach(closeWorkspaces);

/** A wide curve file of several reader batches (the CSV reader reads about 1 MB at a time). */
function bigCurve(meters: number, prefix = 'M'): string {
  const rows = range(meters).map((m) => [`${prefix}${m}`, '2024-03-02', ...range(96).map((p) => (m + p / 100).toFixed(3))]);
  return csv([['表号', '数据日期', ...pointHeaders(96)], ...rows]);
}

/** A long curve file: hourly points of `meters` meters over `days`, in time order (every meter at each hour). */
function hourlyLong(meters: number, days: string[]): string {
  const rows = days.flatMap((day) =>
    range(24).flatMap((h) => range(meters).map((m) => [`M${m}`, `${day} ${String(h).padStart(2, '0')}:00`, m + h / 10])),
  );
  return csv([['表号', '数据时间', '负荷'], ...rows]);
}

async function settled(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (error: unknown) => error as { code: string },
  );
}

describe('transactions', () => {
  it('rolls back a cancel between batches', async () => {
    const ws = testWorkspace();
    await ws.importText('interval', 'first.csv', bigCurve(20));
    await ws.importText('customers', 'archive.csv', csv([['户号', '表号'], ['C1', 'M1']]));
    const before = fingerprint(ws.db);
    const file = ws.file('big.csv', bigCurve(6000));
    const error = await settled(ws.run('interval', file, undefined, { cancelAfterProgress: 2 }));
    expect(error).toMatchObject({ code: 'cancelled' });
    expect(fingerprint(ws.db)).toEqual(before);
    expect(ws.db.inTransaction).toBe(false);
    // The same file imports in full afterwards.
    expect(await ws.run('interval', file)).toMatchObject({ rowsRead: 6000, imported: 5980, skipped: 20, updated: 0 });
  });

  it('rolls back a cancel that arrives while the buffered meter-days are written, after the last row', async () => {
    const ws = testWorkspace();
    await ws.importText('customers', 'archive.csv', csv([['户号', '表号'], ['C1', 'M1']]));
    const before = fingerprint(ws.db);
    const file = ws.file('long.csv', hourlyLong(400, ['2024-03-01', '2024-03-02']));
    let flushReports = 0;
    const cancelWhen = (messages: readonly string[]) => (flushReports = messages.filter((m) => m.includes('buffered')).length) > 0;
    const error = await settled(ws.run('interval', file, undefined, { cancelWhen }));
    expect(error).toMatchObject({ code: 'cancelled' });
    // 800 meter-days to write: the flush stopped at its first checkpoint, not after the last.
    expect(flushReports).toBe(1);
    expect(fingerprint(ws.db)).toEqual(before);
  });

  it('rolls back a cancel that arrives while the overview aggregates are refreshed', async () => {
    const ws = testWorkspace();
    await ws.importText('customers', 'archive.csv', csv([['户号', '表号'], ['C1', 'M1']]));
    const before = fingerprint(ws.db);
    // The refresh is the last step before COMMIT: its write of the catalog row asks to cancel.
    let requested = false;
    ws.db.function('request_cancel', () => {
      requested = true;
      return null;
    });
    // Not TEMP triggers: the import's pragma temp_store drops those.
    const whens = ['INSERT', 'UPDATE'];
    for (const when of whens) ws.db.exec(`CREATE TRIGGER cancel_on_${when} AFTER ${when} ON catalog_stats BEGIN SELECT request_cancel(); END`);
    const error = await settled(ws.run('interval', ws.file('wide.csv', bigCurve(10)), undefined, { cancelWhen: () => requested }));
    for (const when of whens) ws.db.exec(`DROP TRIGGER cancel_on_${when}`);
    expect(requested).toBe(true);
    expect(error).toMatchObject({ code: 'cancelled' });
    expect(fingerprint(ws.db)).toEqual(before);
  });

  it('rolls back a failure of the store in the middle of a file', async () => {
    const ws = testWorkspace();
    await ws.importText('bills', 'first.csv', csv([['户号', '电费年月', '应收电费'], ['C0', '202402', 1]]));
    const before = fingerprint(ws.db);
    // The store refuses one row (as a full disk would), after thousands were written.
    ws.db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON bills WHEN NEW.customer_id = 'C4000'
                BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
    const rows = range(8000).map((i) => [`C${i}`, '202403', i]);
    const error = await settled(ws.importText('bills', 'bills.csv', csv([['户号', '电费年月', '应收电费'], ...rows])));
    expect(error).toMatchObject({ message: 'simulated failure' });
    ws.db.exec('DROP TRIGGER refuse');
    expect(fingerprint(ws.db)).toEqual(before);
  });
});
