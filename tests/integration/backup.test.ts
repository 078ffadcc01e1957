// Backups through the Engine and its workers: create (verified, a manifest beside it, recorded),
// verify, restore to a new file with the same rows; damaged and foreign files refused with
// nothing written; the retention policy deleting only this workspace's own backups; a backup
// taken while an import writes the workspace.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/host/engine.js';
import { manifestPath } from '../../engine/backup/folders.js';
import { tableRowCounts } from '../../engine/backup/inspectCopy.js';
import { readManifest } from '../../engine/backup/manifest.js';
import { connect } from '../../engine/store/database.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { writeWideCurveCsv } from '../helpers/dataFiles.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let dir: string;
let workspace: string;

beforeAll(async () => {
  engine = createTestEngine();
  dir = makeTempDir('workbench-backup-');
  workspace = path.join(dir, 'demo.workbench');
  await engine.runJob('demo.create', { path: workspace, seed: 2, customers: 60, days: 30, open: true });
  await engine.openWorkspace(workspace);
}, 120_000);

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    return (error as { code: string }).code;
  }
  throw new Error('expected a refusal');
}

function counts(file: string): Record<string, number> {
  const db = connect(file, { readonly: true });
  try {
    return tableRowCounts(db);
  } finally {
    db.close();
  }
}

/** The workspace's tables a backup and a restore may legitimately differ in. */
function withoutBookkeeping(tables: Record<string, number>): Record<string, number> {
  // The audit log too: the backup and the restore are recorded in the workspace after its copy was taken.
  const { meta: _meta, jobs: _jobs, backups: _backups, audit_log: _audit, ...rest } = tables;
  return rest;
}

describe('backup.create, backup.verify and backup.restore', () => {
  it('backs up, verifies and restores to a new file holding the same rows', async () => {
    const target = path.join(dir, 'first.workbench-backup');
    const progress: number[] = [];
    const created = await engine.runJob('backup.create', { path: target }, (p) => progress.push(p.fraction));
    expect(progress.length).toBeGreaterThan(0);
    expect(fs.existsSync(target)).toBe(true);
    expect(fs.existsSync(`${target}.partial`)).toBe(false);
    expect(fs.existsSync(`${target}-wal`)).toBe(false);
    const manifest = readManifest(target);
    expect(manifest).toMatchObject({ app: 'power-marketing-workbench', file: 'first.workbench-backup', bytes: fs.statSync(target).size });
    expect(manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.tables.customers).toBe(60);
    expect(created.backup).toMatchObject({ path: target, present: true, trigger: 'manual', sha256: manifest.sha256, removedAt: null });

    const list = await engine.call('backup.list', {});
    expect(list.backups.map((b) => b.path)).toContain(target);
    expect(list.defaultFolder).toBe(path.join(engine.home.dir, 'backups'));

    const check = await engine.runJob('backup.verify', { path: target });
    expect(check.manifest.sha256).toBe(manifest.sha256);

    const restoredPath = path.join(dir, 'restored.workbench');
    const restored = await engine.runJob('backup.restore', { backup: target, path: restoredPath });
    expect(restored).toMatchObject({ path: restoredPath, schemaVersion: manifest.schemaVersion, isDemo: true });
    expect(fs.existsSync(`${restoredPath}-wal`)).toBe(false);
    expect(withoutBookkeeping(counts(restoredPath))).toEqual(withoutBookkeeping(manifest.tables));
    expect(withoutBookkeeping(counts(restoredPath))).toEqual(withoutBookkeeping(counts(workspace)));

    // never over an existing file
    expect(await refusal(engine.runJob('backup.restore', { backup: target, path: restoredPath }))).toBe('workspace.exists');
    expect(await refusal(engine.runJob('backup.create', { path: target }))).toBe('backup.exists');
  }, 60_000);

  it('refuses damaged and foreign files, writing nothing', async () => {
    const good = path.join(dir, 'good.workbench-backup');
    await engine.runJob('backup.create', { path: good });
    const size = fs.statSync(good).size;

    const copyWithManifest = (name: string): string => {
      const file = path.join(dir, name);
      fs.copyFileSync(good, file);
      fs.copyFileSync(manifestPath(good), manifestPath(file));
      return file;
    };
    // bytes flipped in the middle: the checksum no longer matches
    const flipped = copyWithManifest('flipped.workbench-backup');
    const fd = fs.openSync(flipped, 'r+');
    fs.writeSync(fd, Buffer.alloc(64, 0xff), 0, 64, Math.floor(size / 2));
    fs.closeSync(fd);
    // damaged pages under a manifest that matches them: SQLite's integrity check finds it
    const damaged = copyWithManifest('damaged.workbench-backup');
    const pageSize = 8192;
    const dfd = fs.openSync(damaged, 'r+');
    for (let page = 2; page < size / pageSize - 1; page++) fs.writeSync(dfd, Buffer.alloc(8, 0xff), 0, 8, page * pageSize);
    fs.closeSync(dfd);
    const { createHash } = await import('node:crypto');
    const bytes = fs.readFileSync(damaged);
    fs.writeFileSync(
      manifestPath(damaged),
      JSON.stringify({ ...readManifest(good), sha256: createHash('sha256').update(bytes).digest('hex') }),
    );
    // foreign: a text file, another program's SQLite file, a file cut short, a backup without its manifest
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'not a backup\n');
    const plain = path.join(dir, 'plain.sqlite');
    const other = new Database(plain);
    other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    other.close();
    fs.copyFileSync(manifestPath(good), manifestPath(plain));
    const truncated = copyWithManifest('truncated.workbench-backup');
    fs.truncateSync(truncated, 60);
    const halved = copyWithManifest('halved.workbench-backup');
    fs.truncateSync(halved, Math.floor(size / 2));
    const bare = path.join(dir, 'bare.workbench-backup');
    fs.copyFileSync(good, bare);

    const cases: [string, string][] = [
      [flipped, 'backup.checksum_mismatch'],
      [damaged, 'backup.damaged'],
      [text, 'backup.foreign'],
      [plain, 'backup.foreign'],
      [truncated, 'backup.foreign'],
      [halved, 'backup.checksum_mismatch'],
      [bare, 'backup.no_manifest'],
    ];
    for (const [file, code] of cases) {
      const out = path.join(dir, `from-${path.basename(file)}.workbench`);
      expect([path.basename(file), await refusal(engine.runJob('backup.restore', { backup: file, path: out }))]).toEqual([path.basename(file), code]);
      expect(fs.readdirSync(dir).filter((f) => f.startsWith(path.basename(out)))).toEqual([]);
      expect(await refusal(engine.runJob('backup.verify', { path: file }))).toBe(code);
    }
  }, 60_000);
});

describe('the retention policy', () => {
  it("deletes this workspace's older backups, and nothing else", async () => {
    const folder = path.join(dir, 'kept');
    fs.mkdirSync(folder);
    // another workspace's backup and an unrelated file in the same folder
    await engine.call('workspace.create', { path: path.join(makeTempDir('workbench-backup-other-'), 'other.workbench') });
    const foreign = path.join(folder, 'other.workbench-backup');
    await engine.runJob('backup.create', { path: foreign });
    await engine.openWorkspace(workspace);
    const unrelated = path.join(folder, 'notes.txt');
    fs.writeFileSync(unrelated, 'keep me');

    expect(await engine.runJob('backup.saveSettings', { keepLast: 2, keepDays: null })).toEqual({ keepLast: 2, keepDays: null });
    expect(await engine.call('backup.settings', {})).toEqual({ keepLast: 2, keepDays: null });
    const made: string[] = [];
    const removed: string[][] = [];
    for (let i = 0; i < 3; i++) {
      const result = await engine.runJob('backup.create', { folder });
      made.push(result.backup.path);
      removed.push(result.removed);
    }
    expect(new Set(made).size).toBe(3);
    for (const file of made) expect(path.dirname(file)).toBe(folder);
    // the first two tests' backups were made before the setting and in another folder: they are older,
    // so they go as well; the newest two stay
    const list = await engine.call('backup.list', {});
    const byPath = new Map(list.backups.map((b) => [b.path, b]));
    expect(byPath.get(made[2]!)).toMatchObject({ present: true, removedAt: null });
    expect(byPath.get(made[1]!)).toMatchObject({ present: true, removedAt: null });
    expect(byPath.get(made[0]!)).toMatchObject({ present: false });
    expect(byPath.get(made[0]!)!.removedAt).not.toBeNull();
    expect(removed[2]).toContain(made[0]);
    expect(fs.existsSync(manifestPath(made[0]!))).toBe(false);
    expect(fs.existsSync(foreign)).toBe(true);
    expect(fs.existsSync(unrelated)).toBe(true);
    // the restored copy of the first test is its own workspace: its backups are not this one's
    expect(fs.existsSync(path.join(dir, 'restored.workbench'))).toBe(true);
  }, 120_000);
});

describe('a backup while a job writes the workspace', () => {
  it('runs beside an import, and records itself once the import has committed', async () => {
    const csv = path.join(dir, 'curves.csv');
    const rows = writeWideCurveCsv(csv, { meters: 300, days: 60, start: '2025-01-01' });
    const before = counts(workspace).interval_load!;
    const importing = engine.runJob('import.run', { path: csv, kind: 'interval' });
    // the import is writing (its first progress) when the backup starts
    await new Promise<void>((resolve) => {
      const off = engine.on('job.progress', (p) => {
        if (p.method === 'import.run' && p.status === 'running' && p.fraction > 0) {
          off();
          resolve();
        }
      });
    });
    const target = path.join(dir, 'during-import.workbench-backup');
    const backingUp = engine.runJob('backup.create', { path: target });
    const [imported, backup] = await Promise.all([importing, backingUp]);
    expect(imported.imported + imported.updated + imported.skipped).toBe(rows);
    // the copy holds the workspace as it was before the import committed, or after: never half of it
    const copied = readManifest(target).tables;
    expect([before, before + imported.imported]).toContain(copied.interval_load);
    expect(backup.backup.present).toBe(true);
    const check = await engine.runJob('backup.verify', { path: target });
    expect(check.manifest.sha256).toBe(backup.manifest.sha256);
  }, 120_000);
});

describe('the backup of an encrypted workspace', () => {
  it('stays encrypted, needs the passphrase to be checked, and restores to a workspace with the same passphrase', async () => {
    const secretDir = makeTempDir('workbench-backup-secret-');
    const secret = path.join(secretDir, 'secret.workbench');
    await engine.call('workspace.create', { path: secret, passphrase: 'correct horse' });
    const encrypted = engine;
    const target = path.join(secretDir, 'secret.workbench-backup');
    const created = await encrypted.runJob('backup.create', { path: target });
    expect(created.manifest.encrypted).toBe(true);
    expect(fs.readFileSync(target).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(created.manifest.tables.meta).toBeGreaterThan(0);

    expect(await refusal(encrypted.runJob('backup.verify', { path: target }))).toBe('workspace.passphrase_required');
    expect(await refusal(encrypted.runJob('backup.verify', { path: target, passphrase: 'wrong' }))).toBe('workspace.wrong_passphrase');
    await encrypted.runJob('backup.verify', { path: target, passphrase: 'correct horse' });

    const out = path.join(secretDir, 'restored.workbench');
    expect(await refusal(encrypted.runJob('backup.restore', { backup: target, path: out }))).toBe('workspace.passphrase_required');
    expect(fs.existsSync(out)).toBe(false);
    const restored = await encrypted.runJob('backup.restore', { backup: target, path: out, passphrase: 'correct horse' });
    expect(restored.path).toBe(out);
    expect(fs.readFileSync(out).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    const reader = connect(out, { readonly: true, passphrase: 'correct horse' });
    try {
      expect(withoutBookkeeping(tableRowCounts(reader))).toEqual(withoutBookkeeping(created.manifest.tables));
    } finally {
      reader.close();
    }
  }, 120_000);
});
