// Scheduled jobs through the engine and the CLI: a watched folder's files imported once each, a
// bad file failed and surfaced (and not retried), the CLI's `schedule run --due` exit codes, and
// the app and the CLI seeing one schedule due at once: exactly one of them runs it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/host/engine.js';
import { openWorkspaceDb } from '../../engine/store/database.js';
import { runCli } from '../helpers/cli.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

const mapping = { fields: { customer: '账号', category: '用电性质' } };
/** Each command starts an engine with its threads: seconds apiece, many on a busy machine. */
const CLI_TIMEOUT_MS = 240_000;
const header = '账号,户名,用电性质,表号\n';

function writeCustomers(folder: string, name: string, first: number, count: number): void {
  const rows = Array.from({ length: count }, (_, i) => `${first + i},客户${first + i},居民生活,M${first + i}`);
  fs.writeFileSync(path.join(folder, name), header + rows.join('\n') + '\n');
}

/** As if the schedule's time had come: its next run moved into the past. */
function makeDue(workspace: string, scheduleId: number): void {
  const db = openWorkspaceDb(workspace);
  try {
    db.prepare(`UPDATE schedules SET next_run_at = '2000-01-03T02:00:00.000Z' WHERE schedule_id = ?`).run(scheduleId);
  } finally {
    db.close();
  }
}

async function customers(engine: Engine): Promise<number> {
  const summary = await engine.call('catalog.summary', {});
  return summary.kinds.find((k) => k.kind === 'customers')?.rows ?? 0;
}

async function saveFolderSchedule(engine: Engine, folder: string, name = 'nightly archive') {
  return engine.runJob('schedules.save', {
    name,
    task: 'import_folder',
    cadence: 'daily',
    time: '02:00',
    options: { folder, template: 'archive', kind: 'customers', mapping },
  });
}

async function runNow(engine: Engine, scheduleId: number) {
  const { runId, done } = await engine.scheduler.runNow(scheduleId);
  await done;
  const runs = await engine.call('schedules.runs', { scheduleId });
  return runs.find((r) => r.runId === runId)!;
}

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

describe('a watched folder', () => {
  let engine: Engine;
  let folder: string;
  let scheduleId: number;

  beforeAll(async () => {
    const dir = makeTempDir();
    folder = path.join(dir, 'drop');
    fs.mkdirSync(folder);
    engine = createTestEngine({ scheduler: { settleMs: 20 } });
    await engine.call('workspace.create', { path: path.join(dir, 'w.workbench'), name: 'w' });
    writeCustomers(folder, 'a.csv', 1000, 3);
    writeCustomers(folder, 'b.csv', 2000, 2);
    fs.writeFileSync(path.join(folder, 'notes.docx'), 'not a data file');
    scheduleId = (await saveFolderSchedule(engine, folder)).scheduleId;
  });

  it('imports both files once, then only the file added', async () => {
    const first = await runNow(engine, scheduleId);
    expect(first).toMatchObject({ status: 'succeeded', trigger: 'manual', outcome: { imported: 2, failed: 0, waiting: 0 } });
    expect(first.files.map((f) => [f.fileName, f.status, f.rowsImported])).toEqual([
      ['a.csv', 'imported', 3],
      ['b.csv', 'imported', 2],
    ]);
    expect(first.jobs.map((j) => [j.method, j.status])).toEqual([
      ['import.run', 'succeeded'],
      ['import.run', 'succeeded'],
    ]);
    expect(await customers(engine)).toBe(5);

    const again = await runNow(engine, scheduleId);
    expect(again).toMatchObject({ status: 'succeeded', outcome: { imported: 0, failed: 0 }, jobs: [], files: [] });

    writeCustomers(folder, 'c.csv', 3000, 4);
    const third = await runNow(engine, scheduleId);
    expect(third.files.map((f) => f.fileName)).toEqual(['c.csv']);
    expect(await customers(engine)).toBe(9);
    const history = await engine.call('import.history', {});
    expect(history.map((h) => h.fileName).sort()).toEqual(['a.csv', 'b.csv', 'c.csv']);
  });

  it('fails a bad file, says why, and does not take it again until it changes', async () => {
    fs.writeFileSync(path.join(folder, 'd.csv'), header); // a header and no rows
    const failed = await runNow(engine, scheduleId);
    expect(failed).toMatchObject({ status: 'failed', outcome: { imported: 0, failed: 1, error: { code: 'import.no_rows' } } });
    expect(failed.files).toEqual([expect.objectContaining({ fileName: 'd.csv', status: 'failed', error: expect.objectContaining({ code: 'import.no_rows' }) })]);
    expect(failed.jobs).toEqual([expect.objectContaining({ method: 'import.run', status: 'failed' })]);
    const [schedule] = await engine.call('schedules.list', {});
    expect(schedule!.lastRun).toMatchObject({ runId: failed.runId, status: 'failed' });

    expect(await runNow(engine, scheduleId)).toMatchObject({ status: 'succeeded', files: [] });

    writeCustomers(folder, 'd.csv', 4000, 1); // fixed: saved again
    expect((await runNow(engine, scheduleId)).files).toEqual([expect.objectContaining({ fileName: 'd.csv', status: 'imported' })]);
  });

  it('refuses a second run of a schedule while one goes on', async () => {
    writeCustomers(folder, 'e.csv', 5000, 1);
    const { done } = await engine.scheduler.runNow(scheduleId);
    await expect(engine.scheduler.runNow(scheduleId)).rejects.toMatchObject({ code: 'schedules.running' });
    expect(await done).toBe('succeeded');
  });
});

describe('saving a schedule', () => {
  let engine: Engine;
  let dir: string;

  beforeAll(async () => {
    dir = makeTempDir();
    engine = createTestEngine();
    await engine.call('workspace.create', { path: path.join(dir, 'w.workbench'), name: 'w' });
  });

  it('refuses in words what it cannot run', async () => {
    const base = { name: 'x', cadence: 'daily', time: '02:00' } as const;
    await expect(engine.runJob('schedules.save', { ...base, task: 'import_folder', options: { folder: path.join(dir, 'nowhere'), template: 't', kind: 'customers', mapping } })).rejects.toMatchObject({
      code: 'schedules.folder_missing',
    });
    await expect(engine.runJob('schedules.save', { ...base, task: 'import_folder', options: { folder: dir, template: '', kind: 'customers' } })).rejects.toMatchObject({
      code: 'schedules.mapping_missing',
    });
    await expect(engine.runJob('schedules.save', { ...base, cadence: 'weekly', task: 'theft_score' })).rejects.toMatchObject({ code: 'schedules.weekday_missing' });
    await expect(engine.call('schedules.save', { ...base, time: '24:00', task: 'theft_score' })).rejects.toMatchObject({ code: 'validation' });
    expect(await engine.call('schedules.list', {})).toEqual([]);
  });

  it('keeps who made and changed it, computes its next run, and deletes it', async () => {
    const saved = await engine.runJob('schedules.save', { name: 'theft weekly', cadence: 'weekly', weekday: 1, time: '03:30', task: 'theft_score' });
    expect(saved).toMatchObject({ task: 'theft_score', weekday: 1, time: '03:30', enabled: true, createdBy: engine.actor.name, lastRun: null });
    const next = new Date(saved.nextRunAt);
    expect([next.getDay(), next.getHours(), next.getMinutes()]).toEqual([1, 3, 30]);
    expect(next.getTime()).toBeGreaterThan(Date.now());
    const changed = await engine.runJob('schedules.save', { scheduleId: saved.scheduleId, name: saved.name, task: 'theft_score', time: saved.time, enabled: false, cadence: 'daily' });
    expect(changed).toMatchObject({ scheduleId: saved.scheduleId, cadence: 'daily', weekday: null, enabled: false });
    expect(await engine.runJob('schedules.delete', { scheduleId: saved.scheduleId })).toEqual({ scheduleId: saved.scheduleId, deleted: true });
    expect(await engine.call('schedules.list', {})).toEqual([]);
  });
});

describe('the scoring tasks on a small demo', () => {
  it('re-scores theft as a saved run, and surfaces why risk could not be trained', async () => {
    const dir = makeTempDir();
    const engine = createTestEngine();
    const demo = await engine.runJob('demo.create', { path: path.join(dir, 'demo.workbench'), customers: 80, days: 90, seed: 3, open: false });
    await engine.call('workspace.open', { path: demo.path });
    const theft = await engine.runJob('schedules.save', { name: 'theft nightly', task: 'theft_score', cadence: 'daily', time: '03:00' });
    const scored = await runNow(engine, theft.scheduleId);
    expect(scored).toMatchObject({ status: 'succeeded', jobs: [expect.objectContaining({ method: 'theft.score', status: 'succeeded' })] });
    expect(await engine.call('theft.runs', {})).toHaveLength(1);

    // 90 days of bills cannot be judged six months ahead: no model to score with, none trainable.
    const risk = await engine.runJob('schedules.save', { name: 'risk monthly', task: 'risk_score', cadence: 'weekly', weekday: 1, time: '04:00' });
    const failed = await runNow(engine, risk.scheduleId);
    expect(failed).toMatchObject({ status: 'failed', outcome: { error: { code: 'risk.one_class' } }, jobs: [expect.objectContaining({ method: 'risk.train', status: 'failed' })] });
  });
});

describe('a scheduled backup', () => {
  it('backs the workspace up as scheduled into the schedule\'s folder', async () => {
    const dir = makeTempDir();
    const folder = path.join(dir, 'backups');
    fs.mkdirSync(folder);
    const engine = createTestEngine();
    await engine.call('workspace.create', { path: path.join(dir, 'w.workbench'), name: 'w' });
    const { scheduleId } = await engine.runJob('schedules.save', { name: 'weekly backup', task: 'backup', cadence: 'weekly', weekday: 7, time: '22:00', options: { folder } });
    const run = await runNow(engine, scheduleId);
    expect(run).toMatchObject({ status: 'succeeded', jobs: [expect.objectContaining({ method: 'backup.create', status: 'succeeded' })] });
    const { backups } = await engine.call('backup.list', {});
    expect(backups).toEqual([expect.objectContaining({ trigger: 'scheduled', present: true })]);
    expect(path.dirname(backups[0]!.path)).toBe(folder);
  });
});

describe('the app scheduler and the command line', () => {
  let dir: string;
  let home: string;
  let workspace: string;

  beforeAll(() => {
    dir = makeTempDir();
    home = makeTempDir('workbench-home-');
    workspace = path.join(dir, 'w.workbench');
  });

  it('runs due schedules from the command line: exit 0, then 1 when a file failed, 0 when none is due', async () => {
    const folder = path.join(dir, 'cli-drop');
    fs.mkdirSync(folder);
    writeCustomers(folder, 'a.csv', 1000, 2);
    const engine = createTestEngine();
    await engine.call('workspace.create', { path: workspace, name: 'w' });
    const { scheduleId } = await saveFolderSchedule(engine, folder);
    await engine.closeWorkspace();

    const notDue = await runCli(['schedule', 'run', '--workspace', workspace, '--due'], { home });
    expect(notDue).toMatchObject({ code: 0, stdout: 'No schedule is due.\n' });

    makeDue(workspace, scheduleId);
    const ran = await runCli(['schedule', 'run', '--workspace', workspace, '--due'], { home });
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^run 1 of schedule 1 'nightly archive' \(import_folder\) succeeded: 1 file\(s\) imported/);

    fs.writeFileSync(path.join(folder, 'broken.csv'), header);
    makeDue(workspace, scheduleId);
    const failed = await runCli(['schedule', 'run', '--workspace', workspace, '--due'], { home });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('broken.csv');

    const listed = await runCli(['schedule', 'list', '--workspace', workspace], { home });
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ scheduleId, name: 'nightly archive', lastRun: expect.objectContaining({ status: 'failed', trigger: 'cli' }) })]);
  }, CLI_TIMEOUT_MS);

  it('runs a due schedule once when the app and the command line both see it due', async () => {
    const folder = path.join(dir, 'race-drop');
    fs.mkdirSync(folder);
    writeCustomers(folder, 'a.csv', 7000, 2);
    const engine = createTestEngine({ scheduler: { tickMs: 50, settleMs: 20 } });
    await engine.call('workspace.open', { path: workspace });
    const { scheduleId } = await saveFolderSchedule(engine, folder, 'race');
    makeDue(workspace, scheduleId);
    const cli = await runCli(['schedule', 'run', '--workspace', workspace, '--due'], { home });
    expect(cli.code).toBe(0);
    // By now the app's timer has had many rounds: whichever claimed first ran it, once.
    let runs = await engine.call('schedules.runs', { scheduleId });
    for (const deadline = Date.now() + 60_000; Date.now() < deadline && !(runs.length === 1 && runs[0]!.status !== 'running'); ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      runs = await engine.call('schedules.runs', { scheduleId });
    }
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'succeeded', outcome: { imported: 1 } });
    const [schedule] = (await engine.call('schedules.list', {})).filter((s) => s.scheduleId === scheduleId);
    expect(schedule!.nextRunAt > new Date().toISOString()).toBe(true);
  }, CLI_TIMEOUT_MS);
});
