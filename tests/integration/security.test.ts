// Encryption at rest and user profiles through the engine, as a host calls it: an encrypted
// workspace read by a query worker and a job, a missing or wrong passphrase, rekey and decrypt;
// profiles, signing in and every rule of the role policy.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/host/engine.js';
import { methodPermissions } from '../../engine/host/policy.js';
import { openWorkspaceDb } from '../../engine/store/database.js';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { makeTempDir } from '../helpers/tempDirs.js';

const SQLITE_HEADER = 'SQLite format 3\0';
const header = (file: string) => fs.readFileSync(file).subarray(0, 16).toString('latin1');

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string; details?: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}

let engine: Engine;
let demo: string;

beforeAll(async () => {
  engine = createTestEngine();
  demo = path.join(makeTempDir('workbench-security-'), 'demo.workbench');
  await engine.runJob('demo.create', { path: demo, seed: 5, customers: 60, days: 40, open: false });
}, 120_000);

afterAll(closeTestEngines);

async function setPassphrase(passphrase: string | null): Promise<{ encrypted: boolean }> {
  const { jobId } = await engine.call('workspace.setPassphrase', { passphrase });
  return (await engine.jobs.wait(jobId)) as { encrypted: boolean };
}

describe('an encrypted workspace', () => {
  it('is encrypted, rekeyed and decrypted in place; a query worker and a job read it with the passphrase', async () => {
    await engine.call('workspace.open', { path: demo });
    expect(await setPassphrase('first passphrase 一')).toEqual({ encrypted: true });
    expect(header(demo)).not.toBe(SQLITE_HEADER);
    expect((await engine.call('workspace.current', {}))?.encrypted).toBe(true);

    const page = await engine.call('customers.search', {});
    expect(page.total).toBeGreaterThan(0);
    const tagged = await engine.runJob('service.tag', {});
    expect(tagged).toBeTruthy();

    await engine.call('workspace.close', {});
    expect(await refusal(engine.call('workspace.open', { path: demo }))).toMatchObject({ code: 'workspace.passphrase_required' });
    expect(await refusal(engine.call('workspace.open', { path: demo, passphrase: 'wrong' }))).toMatchObject({ code: 'workspace.wrong_passphrase' });
    const info = await engine.call('workspace.open', { path: demo, passphrase: 'first passphrase 一' });
    expect(info.encrypted).toBe(true);

    expect(await setPassphrase('Qx9 second passphrase')).toEqual({ encrypted: true });
    expect((await engine.call('customers.search', {})).total).toBe(page.total);
    await engine.call('workspace.close', {});
    expect(await refusal(engine.call('workspace.open', { path: demo, passphrase: 'first passphrase 一' }))).toMatchObject({ code: 'workspace.wrong_passphrase' });
    await engine.call('workspace.open', { path: demo, passphrase: 'Qx9 second passphrase' });

    expect(await setPassphrase(null)).toEqual({ encrypted: false });
    expect(header(demo)).toBe(SQLITE_HEADER);
    await engine.call('workspace.close', {});
    expect((await engine.call('workspace.open', { path: demo })).encrypted).toBe(false);

    // The passphrases were never written: not in the job history's arguments, not in the file.
    const db = openWorkspaceDb(demo, { readonly: true });
    const args = db.prepare(`SELECT args FROM jobs WHERE method = 'workspace.setPassphrase'`).all() as { args: string }[];
    db.close();
    expect(args).toHaveLength(3);
    for (const row of args) expect(row.args).not.toMatch(/passphrase|Qx9|first/);
    expect(fs.readFileSync(demo).includes(Buffer.from('Qx9'))).toBe(false);
  }, 120_000);

  it('is created encrypted, and cannot be read without its passphrase', async () => {
    const file = path.join(makeTempDir('workbench-security-'), 'new.workbench');
    const info = await engine.call('workspace.create', { path: file, passphrase: 'made locked' });
    expect(info).toMatchObject({ encrypted: true, hasProfiles: false });
    expect(header(file)).not.toBe(SQLITE_HEADER);
    await engine.call('workspace.close', {}); // the host forgets its passphrase
    expect(() => openWorkspaceDb(file, { readonly: true })).toThrow(expect.objectContaining({ code: 'workspace.passphrase_required' }));
    openWorkspaceDb(file, { readonly: true, passphrase: 'made locked' }).close();
  });
});

describe('profiles and the role policy', () => {
  it('names only methods of the contract', async () => {
    const { contract } = await import('../../engine/api/contract.js');
    for (const method of Object.keys(methodPermissions)) expect(Object.keys(contract)).toContain(method);
  });

  it('signs in, and lets each role do what the policy says', async () => {
    await engine.call('workspace.open', { path: demo });
    expect(await engine.call('session.current', {})).toMatchObject({ profiles: false, actor: { role: 'administrator' } });

    expect(await refusal(engine.runJob('users.save', { name: 'ana', role: 'analyst' }))).toMatchObject({ code: 'users.first_not_administrator' });
    await engine.runJob('users.save', { name: 'root', role: 'administrator', password: 'root pw' });
    // Its creator is signed in as the first profile.
    expect(await engine.call('session.current', {})).toMatchObject({ profiles: true, actor: { name: 'root', role: 'administrator' } });
    await engine.runJob('users.save', { name: 'ana', role: 'analyst', password: 'ana pw' });
    const users = await engine.runJob('users.save', { name: 'aud', role: 'auditor' });
    expect(users.map((u) => [u.name, u.role, u.hasPassword])).toEqual([
      ['ana', 'analyst', true],
      ['aud', 'auditor', false],
      ['root', 'administrator', true],
    ]);

    const customer = (await engine.call('customers.search', {})).rows[0]!.customerId;
    await engine.call('session.signOut', {});
    expect(await refusal(engine.call('customers.search', {}))).toMatchObject({ code: 'session.sign_in_required' });
    expect(await refusal(engine.call('session.signIn', { name: 'ana', password: 'wrong' }))).toMatchObject({ code: 'session.bad_credentials' });
    expect(await refusal(engine.call('session.signIn', { name: 'ana' }))).toMatchObject({ code: 'session.bad_credentials' });

    // Analyst: reads, but no personal data, no case edits, no administration.
    expect(await engine.call('session.signIn', { name: 'ana', password: 'ana pw' })).toMatchObject({ actor: { name: 'ana', role: 'analyst' }, permissions: [] });
    expect((await engine.call('customers.get', { customerId: customer })).customerId).toBe(customer);
    const forbidden = { code: 'forbidden' };
    expect(await refusal(engine.call('customers.get', { customerId: customer, unmask: true }))).toMatchObject({
      ...forbidden,
      details: { permission: 'personal_data', role: 'analyst', allowed: ['auditor', 'administrator'] },
    });
    expect(await refusal(engine.call('customers.search', { unmask: true }))).toMatchObject(forbidden);
    expect(await refusal(engine.call('data.browse', { kind: 'customers', unmask: true }))).toMatchObject(forbidden);
    for (const [method, args] of [
      ['cases.open', { customerId: customer }],
      ['cases.update', { caseId: 1, status: 'cleared' }],
      ['cases.note', { caseId: 1, text: 'x' }],
      ['cases.attach', { caseId: 1, path: demo }],
      ['users.list', {}],
      ['users.save', { name: 'x', role: 'analyst' }],
      ['users.delete', { name: 'aud' }],
      ['users.setPassword', { name: 'aud', password: 'p' }],
      ['workspace.setPassphrase', { passphrase: 'p' }],
    ] as const) {
      expect(await refusal(engine.call(method, args as never)), method).toMatchObject(forbidden);
    }
    expect((await engine.call('cases.list', {})).total).toBeGreaterThanOrEqual(0);

    // Auditor: personal data and cases, no administration.
    expect(await engine.call('session.signIn', { name: 'aud' })).toMatchObject({ permissions: ['personal_data', 'edit_cases'] });
    expect((await engine.call('customers.get', { customerId: customer, unmask: true })).customerId).toBe(customer);
    const opened = await refusal(engine.runJob('cases.open', { customerId: customer })).catch(() => null);
    expect(opened?.code).not.toBe('forbidden');
    expect(await refusal(engine.call('users.list', {}))).toMatchObject(forbidden);

    // Administrator: the last one stays.
    await engine.call('session.signIn', { name: 'root', password: 'root pw' });
    expect((await engine.call('users.list', {})).length).toBe(3);
    expect(await refusal(engine.runJob('users.delete', { name: 'root' }))).toMatchObject({ code: 'users.last_administrator' });
    expect(await refusal(engine.runJob('users.save', { name: 'root', role: 'analyst' }))).toMatchObject({ code: 'users.last_administrator' });
    expect(await refusal(engine.runJob('users.save', { name: 'root', role: 'administrator', disabled: true }))).toMatchObject({ code: 'users.last_administrator' });
    // A password is kept only as a salted scrypt hash.
    const db = openWorkspaceDb(demo, { readonly: true });
    const hash = (db.prepare(`SELECT password_hash FROM users WHERE name = 'root'`).get() as { password_hash: string }).password_hash;
    db.close();
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(hash).not.toContain('root pw');

    // Reopened, the workspace asks who is there.
    await engine.call('workspace.open', { path: demo });
    expect(await engine.call('session.current', {})).toMatchObject({ profiles: true, actor: null });
    expect(await refusal(engine.call('catalog.summary', {}))).toMatchObject({ code: 'session.sign_in_required' });
  }, 120_000);
});
