// `workbench backup` and `workbench restore` as automated acceptance checks run them: exit 0 only
// for a verified backup (its figures printed) and a verified restore; 1 for a failed backup (no
// file left) and a damaged or foreign backup (nothing written at --out); 2 for bad usage.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let home: string;
let dir: string;
let workspace: string;
/** The verified backup the first test writes, restored by the later ones. */
let backup: string;
const cli = (...args: string[]) => runCli(args, { home });

beforeAll(async () => {
  home = makeTempDir('workbench-cli-home-');
  dir = makeTempDir('workbench-cli-backup-');
  workspace = path.join(dir, 'demo.workbench');
  expect((await cli('demo', '--out', workspace, '--customers', '50', '--days', '20', '--seed', '3')).code).toBe(0);
}, 120_000);

afterAll(() => removeTempDirs());

/** Every file in the folder whose name starts with that of `file` (the file, its .partial, -wal, ...). */
const traces = (file: string) => fs.readdirSync(path.dirname(file)).filter((f) => f.startsWith(path.basename(file)));

describe('workbench backup', () => {
  it('writes a verified backup and prints its size, time and SHA-256', async () => {
    const out = path.join(dir, 'b1.workbench-backup');
    const run = await cli('backup', '--workspace', workspace, '--out', out);
    backup = out;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const bytes = fs.statSync(out).size;
    expect(run.stdout).toMatch(new RegExp(`verified: ${bytes} bytes in [\\d.]+ s .*sha256 [0-9a-f]{64}`));
    expect(traces(out).sort()).toEqual(['b1.workbench-backup', 'b1.workbench-backup.manifest.json']);
  }, 180_000);

  it('exits 1 leaving no backup file when it cannot back up; 2 for bad usage', async () => {
    const missing = path.join(dir, 'none.workbench');
    const out = path.join(dir, 'b2.workbench-backup');
    expect((await cli('backup', '--workspace', missing, '--out', out)).code).toBe(1);
    expect(traces(out)).toEqual([]);
    // an existing file is never replaced
    fs.writeFileSync(out, 'keep');
    const over = await cli('backup', '--workspace', workspace, '--out', out);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/already exists/);
    expect(fs.readFileSync(out, 'utf8')).toBe('keep');
    expect((await cli('backup', '--workspace', workspace)).code).toBe(2);
    expect((await cli('backup', '--out', out)).code).toBe(2);
  }, 180_000);
});

describe('workbench restore', () => {
  it('restores a verified backup to a new workspace, which opens', async () => {
    const out = path.join(dir, 'restored.workbench');
    const run = await cli('restore', '--backup', backup, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/verified and restored to .*restored\.workbench/);
    const info = await cli('info', '--workspace', out, '--json');
    expect(info.code).toBe(0);
    // a second restore to the same file is refused, the first left as it was
    const again = await cli('restore', '--backup', backup, '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  }, 180_000);

  it('exits 1 for a damaged or foreign backup and writes nothing at --out', async () => {
    const damaged = path.join(dir, 'damaged.workbench-backup');
    fs.copyFileSync(backup, damaged);
    fs.copyFileSync(`${backup}.manifest.json`, `${damaged}.manifest.json`);
    const fd = fs.openSync(damaged, 'r+');
    fs.writeSync(fd, Buffer.alloc(32, 0x5a), 0, 32, Math.floor(fs.statSync(damaged).size / 2));
    fs.closeSync(fd);
    const text = path.join(dir, 'text.workbench-backup');
    fs.writeFileSync(text, 'hello');
    for (const [file, words] of [
      [damaged, /not the file its manifest describes/],
      [text, /not a SQLite database/],
      [workspace, /no manifest/],
      [path.join(dir, 'absent.workbench-backup'), /does not exist/],
    ] as const) {
      const out = path.join(dir, `from-${path.basename(file)}.workbench`);
      const run = await cli('restore', '--backup', file, '--out', out);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(words);
      expect(traces(out)).toEqual([]);
    }
    expect((await cli('restore', '--backup', backup)).code).toBe(2);
  }, 180_000);
});
