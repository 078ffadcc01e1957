// `workbench info` looks at a workspace without writing to it: another process may be importing
// into it right now. It neither migrates the file nor marks that process's job interrupted.
import { createHash } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestVersion } from '../../engine/store/migrations/index.js';
import { runCli } from '../helpers/cli.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let dir: string;
let home: string;

beforeAll(() => {
  dir = makeTempDir();
  home = makeTempDir('workbench-home-');
});

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function newWorkspace(name: string): Promise<string> {
  const file = path.join(dir, name);
  const engine = createTestEngine();
  await engine.call('workspace.create', { path: file });
  await engine.close();
  return file;
}

describe('workbench info', () => {
  it('leaves the file as it was, also a job whose process is gone', async () => {
    const file = await newWorkspace('looked-at.workbench');
    const id = randomUUID();
    const db = new Database(file);
    db.prepare(`INSERT INTO jobs (job_id, method, label, status, started_at, args) VALUES (?, 'import.run', 'meters.csv', 'running', ?, '{}')`).run(
      id,
      new Date().toISOString(),
    );
    db.close();
    const before = sha256(file);

    const run = await runCli(['info', '--workspace', file, '--json'], { home });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ workspace: file, kinds: { customers: { rows: 0 } } });
    expect(sha256(file)).toBe(before);
    const after = new Database(file, { readonly: true });
    expect(after.prepare('SELECT status FROM jobs WHERE job_id = ?').get(id)).toEqual({ status: 'running' });
    after.close();
  });

  it('says that a workspace of an earlier schema needs upgrading, and does not upgrade it', async () => {
    const file = await newWorkspace('earlier.workbench');
    const db = new Database(file);
    db.pragma(`user_version = ${latestVersion - 1}`);
    db.close();
    const before = sha256(file);

    const run = await runCli(['info', '--workspace', file, '--json'], { home });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`schema ${latestVersion - 1}`);
    expect(run.stderr).toMatch(/Open it in the app, or import into it, to upgrade it/);
    expect(sha256(file)).toBe(before);
  });
});
