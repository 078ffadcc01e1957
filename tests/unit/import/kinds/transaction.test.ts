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
