// The audit log through the engine and the CLI on a small demo workspace: entries appear for an
// import, exports (masked unless asked), an unmasking from a query, case changes and an outcome
// override; the chain verifies; `workbench audit verify` exits 0 untouched and 1 naming the
// first broken entry after raw SQL changes one entry, deletes a middle one or swaps two.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../engine/api/auditTypes.js';
import type { Engine } from '../../engine/host/engine.js';
import { openWorkspaceDb } from '../../engine/store/database.js';
import { runCli } from '../helpers/cli.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let engine: Engine;
let dir: string;
let file: string;
/** A suspect's full name and phone, as the archive holds them. */
let person: { customerId: string; name: string; phone: string };

const entries = async (filter: Record<string, unknown> = {}): Promise<AuditEntry[]> => (await engine.call('audit.list', { limit: 1000, ...filter })).entries;
/** The newest export entry once `path`'s is written: an export job ends first, its entry follows in the write turn. */
async function exportEntry(path: string): Promise<AuditEntry> {
  await expect.poll(async () => (await entries({ actions: ['export'] }))[0]?.subject, { timeout: 20_000 }).toBe(path);
  return (await entries({ actions: ['export'] }))[0]!;
}

beforeAll(async () => {
  engine = createTestEngine();
  dir = makeTempDir();
  file = path.join(dir, 'audit.workbench');
  await engine.runJob('demo.create', { path: file, seed: 5, customers: 120, days: 200, open: false });
  await engine.openWorkspace(file);
  await engine.runJob('theft.score', {});
  const top = await engine.call('theft.suspects', { limit: 1 });
  const customerId = top.rows[0]!.customerId;
  const archive = (await engine.call('customers.get', { customerId, unmask: true })).archive!;
  person = { customerId, name: archive.name!, phone: archive.phone! };
}, 300_000);

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

describe('entries', () => {
  it('record an unmasking from a query (and none for a masked read)', async () => {
    await engine.call('customers.get', { customerId: person.customerId });
    const unmaskings = await entries({ actions: ['unmask'] });
    expect(unmaskings).toHaveLength(1);
    expect(unmaskings[0]).toMatchObject({
      action: 'unmask',
      subject: person.customerId,
      actor: engine.actor.name,
      role: engine.actor.role,
      detail: { method: 'customers.get', fields: ['name', 'address', 'phone', 'id_number'] },
    });
  });

  it('record a page of the data browser unmasked', async () => {
    await engine.call('data.browse', { kind: 'customers', limit: 5, unmask: true });
    expect((await entries({ actions: ['unmask'] }))[0]).toMatchObject({ subject: 'customers', detail: { method: 'data.browse', rows: 5 } });
  });

  it('record an import with its counts', async () => {
    const csv = path.join(dir, 'customers.csv');
    fs.writeFileSync(csv, '户号,户名,联系电话,合同容量\nA900001,测试一,13800000001,8\nA900002,测试二,13800000002,abc\n');
    await engine.runJob('import.run', { path: csv, kind: 'customers' });
    expect((await entries({ actions: ['import'] }))[0]).toMatchObject({ subject: csv, detail: { kind: 'customers', imported: 1, quarantined: 1, rowsRead: 2 } });
  });

  it('record case changes and an outcome as an override', async () => {
    const opened = await engine.runJob('cases.open', { customerId: person.customerId });
    await engine.runJob('cases.update', { caseId: opened.caseId, status: 'inspecting' });
    await engine.runJob('cases.note', { caseId: opened.caseId, text: '表箱封印破损' });
    await engine.runJob('cases.update', { caseId: opened.caseId, status: 'cleared' });
    const subject = `case ${opened.caseId}`;
    const recorded = (await entries({ subject })).reverse();
    expect(recorded.map((e) => [e.action, e.detail.change])).toEqual([
      ['case_change', 'opened'],
      ['case_change', 'updated'],
      ['case_change', 'noted'],
      ['override', 'updated'],
    ]);
    expect(recorded[3]!.detail).toMatchObject({ status: 'cleared' });
  });

  it('record exports, personal data masked in the file unless asked', async () => {
    const suspects = await engine.runJob('theft.export', { format: 'csv', language: 'en' });
    const text = fs.readFileSync(suspects.path, 'utf8');
    expect(text).not.toContain(person.name);
    expect(text).not.toContain(person.phone);
    const [imported] = await entries({ actions: ['import'] });
    await exportEntry(suspects.path);
    const quarantine = await engine.runJob('import.exportQuarantine', { importId: imported!.detail.importId as number });
    await exportEntry(quarantine.path);
    const exports = await entries({ actions: ['export'] });
    expect(exports.slice(0, 2).map((e) => [e.detail.method, e.subject, e.detail.unmasked])).toEqual([
      ['import.exportQuarantine', quarantine.path, false],
      ['theft.export', suspects.path, false],
    ]);
    const unmasked = await engine.runJob('import.exportQuarantine', { importId: imported!.detail.importId as number, unmask: true });
    expect(await exportEntry(unmasked.path)).toMatchObject({ detail: { unmasked: true } });
    const named = await engine.runJob('theft.export', { format: 'csv', language: 'en', unmask: true });
    expect(fs.readFileSync(named.path, 'utf8')).toContain(person.name);
    expect(await exportEntry(named.path)).toMatchObject({ detail: { method: 'theft.export', unmasked: true } });
  });

  it('export the log itself, recorded as an export', async () => {
    const exported = await engine.runJob('audit.export', { format: 'csv', language: 'zh-CN', actions: ['unmask'] });
    const text = fs.readFileSync(exported.path, 'utf8');
    expect(text).toContain('查看明文');
    expect(exported.rows).toBe((await entries({ actions: ['unmask'] })).length);
    expect(await exportEntry(exported.path)).toMatchObject({ detail: { method: 'audit.export', rows: exported.rows } });
  });

  it('page newest first with a total, and filter by actor and days', async () => {
    const all = await engine.call('audit.list', { limit: 3 });
    expect(all.entries.map((e) => e.seq)).toEqual([all.total, all.total - 1, all.total - 2]);
    expect((await engine.call('audit.list', { actor: 'nobody' })).total).toBe(0);
    expect((await engine.call('audit.list', { to: '2000-01-01' })).total).toBe(0);
    expect(await engine.call('audit.actors', {})).toEqual([engine.actor.name]);
  });

  it('chain verifies', async () => {
    const total = (await engine.call('audit.list', {})).total;
    expect(await engine.call('audit.verify', {})).toEqual({ ok: true, entries: total });
  });
});

describe('workbench audit verify', () => {
  let home: string;
  const verify = (workspace: string) => runCli(['audit', 'verify', '--workspace', workspace], { home });
  /** A copy of the workspace with raw SQL applied, the triggers dropped first. */
  function tampered(name: string, sql: string): string {
    const copy = path.join(dir, `${name}.workbench`);
    fs.copyFileSync(file, copy);
    const db = openWorkspaceDb(copy);
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    db.exec(sql);
    db.close();
    return copy;
  }

  beforeAll(async () => {
    home = makeTempDir('workbench-home-');
    await engine.closeWorkspace(); // its WAL into the file, so that copies hold everything
  });

  it('exits 0 on the untouched log, saying how many entries it checked', async () => {
    const run = await verify(file);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Audit log intact: \d+ entries checked\.\n$/);
  });

  it('exits 1 naming a changed entry', async () => {
    const run = await verify(tampered('changed', `UPDATE audit_log SET detail = '{"method":"customers.get"}' WHERE seq = 2`));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/broken at entry 2 \(.+, unmask\): its contents do not match its hash/);
  });

  it('exits 1 naming the entry after a deleted one', async () => {
    const run = await verify(tampered('deleted', 'DELETE FROM audit_log WHERE seq = 3'));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/broken at entry 4 .*the entry before it is missing/);
  });

  it('exits 1 naming the first of two entries swapped', async () => {
    const run = await verify(
      tampered('swapped', 'UPDATE audit_log SET seq = -1 WHERE seq = 4; UPDATE audit_log SET seq = 4 WHERE seq = 5; UPDATE audit_log SET seq = 5 WHERE seq = -1;'),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/broken at entry 4 /);
  });

  it('exits 1 when entries were cut off the end', async () => {
    const run = await verify(tampered('cut', 'DELETE FROM audit_log WHERE seq > 5'));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/broken at entry 6 \(missing\): the log does not end where/);
  });
});
