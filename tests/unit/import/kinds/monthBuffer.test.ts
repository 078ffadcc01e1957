// The month buffer keeps the meter-months an import fills within its memory budget, counting
// each row at its size as loaded: a row read from the workspace may carry more registers than
// the file being imported brings, and is held twice (as it was before the import, for the counts).
import { afterEach, describe, expect, it } from 'vitest';
import { MonthBuffer, openMonthBytes } from '../../../../engine/import/writers/monthBuffer.js';
import { csv, range } from './files.js';
import { closeWorkspaces, testWorkspace } from './workspace.js';

afterEach(closeWorkspaces);

describe('month buffer', () => {
  it('holds no more rows than its budget fits when the stored rows carry five registers and the file none', async () => {
    const ws = testWorkspace();
    const meters = range(20).map((m) => `M${m}`);
    const timeOfUse = [['表号', '数据日期', '正向有功总', '尖', '峰', '平', '谷'], ...meters.map((m) => [m, '2024-03-01', 100, 10, 20, 30, 40])];
    await ws.importText('daily', 'tou.csv', csv(timeOfUse));

    // A curve import's buffer, room for eight such rows (each held as it is and as it was before
    // the import); it starts at four and grows as rows it wrote come back.
    const months = new MonthBuffer(ws.db, 999, 0, 8 * 2 * openMonthBytes(5), 4);
    for (let day = 10; day < 14; day++) for (const meter of meters) months.setInterval(meter, 20240300 + day, day);

    // Every row the last round touched changed, so the rows with changes pending are the rows open.
    expect(months.pending).toBe(8);
  });
});
