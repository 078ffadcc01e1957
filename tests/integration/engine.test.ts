// The Engine as every host sees it: argument validation, unknown methods, and the workspace
// lifecycle, including files it must refuse and leave exactly as they were.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../engine/api/contract.js';
import { EngineError } from '../../engine/api/errors.js';
import type { Engine } from '../../engine/host/engine.js';
import { latestVersion } from '../../engine/store/migrations/index.js';
import { closeTestEngines, createTestEngine, nextEvent } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let dir: string;

beforeAll(() => {
  engine = createTestEngine();
  dir = makeTempDir();
});

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

/** The EngineError a call rejects with. */
async function failure(call: Promise<unknown>): Promise<EngineError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EngineError);
  return error as EngineError;
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('argument validation', () => {
  const bad: [string, unknown][] = [
    ['workspace.open', { path: 5 }],
    ['workspace.open', {}],
    ['workspace.open', { path: '/tmp/x.workbench', extra: true }],
    ['workspace.create', {}],
    ['settings.set', { language: 'fr' }],
    ['data.browse', { kind: 'nonsense' }],
    ['overview.kpis', { from: '2024/01' }],
    // Shaped like a month or a day, but not in the calendar.
    ['overview.kpis', { from: '2024-13' }],
    ['overview.consumptionByMonth', { to: '2024-00' }],
    ['demo.create', { endDate: '2025-02-30' }],
    ['demo.create', { endDate: '2023-02-29' }],
    ['import.preview', { path: '' }],
    ['demo.create', { customers: 1 }],
    ['jobs.list', { limit: -1 }],
    ['app.info', 'not an object'],
    ['app.info', [1, 2]],
  ];

  it.each(bad)('%s with %j is a validation error', async (method, args) => {
    const error = await failure(engine.call(method as never, args));
    expect(error.code).toBe('validation');
    expect(error.message).toContain(method);
    expect(error.details).toMatchObject({ method });
    expect((error.details as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
  });

  it('accepts the last day of a leap February and the twelfth month', () => {
    expect(contract['demo.create'].args.safeParse({ endDate: '2024-02-29' }).success).toBe(true);
    expect(contract['overview.kpis'].args.safeParse({ from: '2024-12', to: '2025-01' }).success).toBe(true);
  });

  it('keeps serving after bad arguments', async () => {
    await expect(engine.call('app.info', {})).resolves.toMatchObject({ host: 'cli', version: '0.0.0-test' });
  });

  it('treats missing arguments as an empty object', async () => {
    await expect(engine.call('settings.get', undefined)).resolves.toMatchObject({ effectiveLanguage: 'en' });
  });

  it('answers an unknown method with unknown_method', async () => {
    const error = await failure(engine.call('workspace.explode' as never, {}));
    expect(error.code).toBe('unknown_method');
    expect(error.message).toContain('workspace.explode');
  });

  it('does not treat inherited object properties as methods', async () => {
    expect((await failure(engine.call('toString' as never, {}))).code).toBe('unknown_method');
    expect((await failure(engine.call('__proto__' as never, {}))).code).toBe('unknown_method');
  });
});

describe('workspaces', () => {
  it('creates a workspace, announces it and makes it current', async () => {
    const file = path.join(dir, 'north.workbench');
    const changed = nextEvent(engine, 'workspace.changed', (p) => p.workspace?.path === file);
    const info = await engine.call('workspace.create', { path: file });
    expect(info).toMatchObject({ path: file, name: 'north', isDemo: false, schemaVersion: latestVersion });
    expect(fs.existsSync(file)).toBe(true);
    await changed;
    expect((await engine.call('workspace.current', {}))?.path).toBe(file);
  });

  it('refuses to create over an existing file', async () => {
    const error = await failure(engine.call('workspace.create', { path: path.join(dir, 'north.workbench') }));
    expect(error.code).toBe('workspace.exists');
  });

  it('creates a named workspace in the workspaces folder, keeping a Chinese name', async () => {
    const info = await engine.call('workspace.create', { name: '城东供电所 2024' });
    expect(info.path).toBe(path.join(engine.home.workspacesDir, '城东供电所 2024.workbench'));
    expect(info.name).toBe('城东供电所 2024');
  });

  it('closes the workspace', async () => {
    const changed = nextEvent(engine, 'workspace.changed', (p) => p.workspace === null);
    await expect(engine.call('workspace.close', {})).resolves.toBeNull();
    await changed;
    await expect(engine.call('workspace.current', {})).resolves.toBeNull();
    expect((await failure(engine.call('catalog.summary', {}))).code).toBe('workspace.none_open');
  });

  it('reopens a workspace and lists recent ones newest first', async () => {
    const file = path.join(dir, 'north.workbench');
    await expect(engine.call('workspace.open', { path: file })).resolves.toMatchObject({ path: file, name: 'north' });
    const recent = await engine.call('workspace.recent', {});
    expect(recent.map((r) => r.name).slice(0, 2)).toEqual(['north', '城东供电所 2024']);
    expect(recent.every((r) => r.exists)).toBe(true);
  });

  it('marks a recent workspace that was deleted, and forgets one on request', async () => {
    const file = path.join(dir, 'gone.workbench');
    await engine.call('workspace.create', { path: file });
    await engine.call('workspace.close', {});
    fs.rmSync(file);
    expect((await engine.call('workspace.recent', {})).find((r) => r.path === file)?.exists).toBe(false);
    const after = await engine.call('workspace.forget', { path: file });
    expect(after.some((r) => r.path === file)).toBe(false);
  });

  it('says when a workspace file does not exist', async () => {
    const error = await failure(engine.call('workspace.open', { path: path.join(dir, 'missing.workbench') }));
    expect(error.code).toBe('not_found');
  });
});

describe('closing', () => {
  it('lets a workspace switch under way finish, and serves no query afterwards', async () => {
    const closing = createTestEngine();
    const file = path.join(dir, 'opened-while-closing.workbench');
    const opening = closing.call('workspace.create', { path: file });
    await closing.close();
    await expect(opening).resolves.toMatchObject({ path: file });
    await expect(closing.call('import.kinds', {})).rejects.toMatchObject({ code: 'cancelled', message: expect.stringMatching(/closing/) });
  });
});

describe('files that are not workspaces are refused and left untouched', () => {
  it('refuses a text file', async () => {
    const file = path.join(dir, 'notes.workbench');
    fs.writeFileSync(file, '户号,户名\n1001,张三\n');
    const before = sha256(file);
    await engine.call('workspace.open', { path: path.join(dir, 'north.workbench') });
    const error = await failure(engine.call('workspace.open', { path: file }));
    expect(error.code).toBe('workspace.not_a_workspace');
    expect(error.message).toContain(file);
    expect(sha256(file)).toBe(before);
    // The workspace that was open stays open.
    expect((await engine.call('workspace.current', {}))?.name).toBe('north');
  });

  it('refuses an empty file', async () => {
    const file = path.join(dir, 'empty.workbench');
    fs.writeFileSync(file, '');
    expect((await failure(engine.call('workspace.open', { path: file }))).code).toBe('workspace.not_a_workspace');
    expect(fs.statSync(file).size).toBe(0);
  });

  it("refuses another application's SQLite database", async () => {
    const file = path.join(dir, 'other-app.db');
    const db = new Database(file);
    db.exec('CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1), (2);');
    db.close();
    const before = sha256(file);
    const error = await failure(engine.call('workspace.open', { path: file }));
    expect(error.code).toBe('workspace.not_a_workspace');
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a workspace from a newer version of the app', async () => {
    const file = path.join(dir, 'future.workbench');
    await engine.call('workspace.create', { path: file });
    await engine.call('workspace.close', {});
    const db = new Database(file);
    db.pragma(`user_version = ${latestVersion + 1}`);
    db.close();
    const before = sha256(file);
    const error = await failure(engine.call('workspace.open', { path: file }));
    expect(error.code).toBe('workspace.newer_version');
    expect(error.details).toMatchObject({ version: latestVersion + 1, supported: latestVersion });
    expect(error.message).toMatch(/newer version/);
    expect(sha256(file)).toBe(before);
    await expect(engine.call('workspace.current', {})).resolves.toBeNull();
  });
});
