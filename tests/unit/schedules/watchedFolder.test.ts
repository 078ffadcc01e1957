// New files of a watched folder: by path, size and time; one still being written waits.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanFolder } from '../../../engine/schedules/watchedFolder.js';
import { makeTempDir, removeTempDirs } from '../../helpers/tempDirs.js';

afterAll(removeTempDirs);

describe('scanFolder', () => {
  it('takes the importable files not given before, oldest first, and a changed file again', async () => {
    const folder = makeTempDir();
    const write = (name: string, text: string, mtime: string) => {
      fs.writeFileSync(path.join(folder, name), text);
      fs.utimesSync(path.join(folder, name), new Date(mtime), new Date(mtime));
    };
    write('b.csv', 'x\n1\n', '2026-01-02T00:00:00Z');
    write('a.xlsx', 'x', '2026-01-03T00:00:00Z');
    write('old.csv', 'x\n', '2026-01-01T00:00:00Z');
    write('readme.pdf', 'x', '2026-01-01T00:00:00Z');
    write('~$a.xlsx', 'lock', '2026-01-01T00:00:00Z');
    write('.hidden.csv', 'x', '2026-01-01T00:00:00Z');
    fs.mkdirSync(path.join(folder, 'sub.csv'));
    const known = [{ path: path.join(folder, 'old.csv'), bytes: 2, modifiedAt: '2026-01-01T00:00:00.000Z' }];

    const scan = await scanFolder(folder, known, 5);
    expect(scan.ready.map((f) => path.basename(f.path))).toEqual(['b.csv', 'a.xlsx']);
    expect(scan.ready[0]).toEqual({ path: path.join(folder, 'b.csv'), bytes: 4, modifiedAt: '2026-01-02T00:00:00.000Z' });
    expect(scan.waiting).toEqual([]);

    write('old.csv', 'x\n2\n', '2026-01-04T00:00:00Z'); // saved again
    expect((await scanFolder(folder, [...known, ...scan.ready], 5)).ready.map((f) => path.basename(f.path))).toEqual(['old.csv']);
  });

  it('leaves a file whose size changes while it is looked at for the next run', async () => {
    const folder = makeTempDir();
    const file = path.join(folder, 'growing.csv');
    fs.writeFileSync(file, 'header\n');
    const scanning = scanFolder(folder, [], 200);
    setTimeout(() => fs.appendFileSync(file, 'row\n'), 50);
    const scan = await scanning;
    expect(scan.ready).toEqual([]);
    expect(scan.waiting.map((f) => f.bytes)).toEqual([11]);
    expect((await scanFolder(folder, [], 5)).ready.map((f) => f.bytes)).toEqual([11]);
  });

  it('says so in words when the folder is not there', async () => {
    await expect(scanFolder(path.join(makeTempDir(), 'gone'), [], 5)).rejects.toMatchObject({ code: 'schedules.folder_missing' });
  });
});
