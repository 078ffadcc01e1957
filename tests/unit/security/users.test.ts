// User profiles in a workspace: the first an administrator, the last enabled administrator kept.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspaceDb, type Db } from '../../../engine/store/database.js';
import { authenticate, deleteUser, listUsers, saveUser, setUserPassword } from '../../../engine/security/users.js';
import { makeTempDir } from '../../helpers/tempDirs.js';

let db: Db;
beforeEach(() => {
  db = openWorkspaceDb(path.join(makeTempDir(), 'users.workbench'), { create: true });
});
afterEach(() => db.close());

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code: string }).code;
  }
  return null;
};

describe('user profiles', () => {
  it('makes the first profile an administrator and keeps one enabled administrator', () => {
    expect(refusal(() => saveUser(db, { name: 'ana', role: 'analyst', disabled: false }))).toBe('users.first_not_administrator');
    saveUser(db, { name: 'root', role: 'administrator', disabled: false, password: 'pw' });
    saveUser(db, { name: 'ana', role: 'analyst', disabled: false });
    expect(refusal(() => saveUser(db, { name: 'root', role: 'auditor', disabled: false }))).toBe('users.last_administrator');
    expect(refusal(() => saveUser(db, { name: 'root', role: 'administrator', disabled: true }))).toBe('users.last_administrator');
    expect(refusal(() => deleteUser(db, 'root'))).toBe('users.last_administrator');
    expect(listUsers(db).map((u) => u.role)).toEqual(['analyst', 'administrator']); // refused changes left nothing behind
    saveUser(db, { name: 'ana', role: 'administrator', disabled: false });
    expect(deleteUser(db, 'root').map((u) => u.name)).toEqual(['ana']);
    expect(deleteUser(db, 'ana')).toEqual([]); // no profiles: the workspace is one person's again
    expect(refusal(() => deleteUser(db, 'nobody'))).toBe('users.not_found');
  });

  it('signs in an enabled profile with its password, or without one when it has none', () => {
    saveUser(db, { name: 'root', role: 'administrator', disabled: false, password: 'pw' });
    saveUser(db, { name: 'aud', role: 'auditor', disabled: false });
    expect(authenticate(db, 'root', 'pw')).toEqual({ name: 'root', role: 'administrator' });
    expect(refusal(() => authenticate(db, 'root', 'wrong'))).toBe('session.bad_credentials');
    expect(refusal(() => authenticate(db, 'root', undefined))).toBe('session.bad_credentials');
    expect(authenticate(db, 'aud', undefined)).toEqual({ name: 'aud', role: 'auditor' });
    setUserPassword(db, 'aud', 'new');
    expect(refusal(() => authenticate(db, 'aud', undefined))).toBe('session.bad_credentials');
    expect(authenticate(db, 'aud', 'new').role).toBe('auditor');
    saveUser(db, { name: 'aud', role: 'auditor', disabled: true });
    expect(refusal(() => authenticate(db, 'aud', 'new'))).toBe('session.bad_credentials');
    expect(listUsers(db).find((u) => u.name === 'aud')).toMatchObject({ disabled: true, hasPassword: true });
    expect(refusal(() => authenticate(db, 'nobody', 'pw'))).toBe('session.bad_credentials');
  });
});
