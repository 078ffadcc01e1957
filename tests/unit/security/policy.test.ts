// The role policy's table: every rule, for every role, and a call's arguments raising the need.
import { describe, expect, it } from 'vitest';
import { contract, methodNames, type MethodName } from '../../../engine/api/contract.js';
import type { Actor, Role } from '../../../engine/api/types.js';
import { authorize, methodPermissions, needsSignIn, permissionRoles, requiredPermissions, rolePermissions } from '../../../engine/host/policy.js';

const as = (role: Role): Actor => ({ name: `a ${role}`, role });
const code = (fn: () => void): string | null => {
  try {
    fn();
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('the role policy', () => {
  it('gives each role its permissions', () => {
    expect(rolePermissions('analyst')).toEqual([]);
    expect(rolePermissions('auditor')).toEqual(['personal_data', 'edit_cases']);
    expect(rolePermissions('administrator')).toEqual(['personal_data', 'edit_cases', 'administer']);
  });

  it('names methods of the contract only, and every users.* method is administration', () => {
    for (const method of Object.keys(methodPermissions)) expect(methodNames).toContain(method);
    for (const method of methodNames.filter((m) => m.startsWith('users.'))) expect(methodPermissions[method]).toBe('administer');
  });

  it.each([
    ['cases.open', 'edit_cases'],
    ['cases.update', 'edit_cases'],
    ['cases.note', 'edit_cases'],
    ['cases.attach', 'edit_cases'],
    ['workspace.setPassphrase', 'administer'],
    ['backup.restore', 'administer'],
    ['schedules.save', 'administer'],
    ['schedules.delete', 'administer'],
  ] as const)('%s needs %s', (method, permission) => {
    expect(requiredPermissions(method as MethodName, {})).toEqual([permission]);
    for (const role of ['analyst', 'auditor', 'administrator'] as const) {
      expect(code(() => authorize(method as MethodName, {}, as(role)))).toBe(permissionRoles[permission].includes(role) ? null : 'forbidden');
    }
  });

  it('asks for personal data wherever an argument unmasks, however deep', () => {
    expect(requiredPermissions('customers.get', { customerId: '1', unmask: true })).toEqual(['personal_data']);
    expect(requiredPermissions('customers.get', { customerId: '1', unmask: false })).toEqual([]);
    expect(requiredPermissions('data.browse', { kind: 'customers', options: { unmask: true } } as never)).toEqual(['personal_data']);
    expect(code(() => authorize('customers.search', { unmask: true }, as('analyst')))).toBe('forbidden');
    expect(code(() => authorize('customers.search', { unmask: true }, as('auditor')))).toBeNull();
    expect(code(() => authorize('customers.search', {}, as('analyst')))).toBeNull();
  });

  it('lets nobody signed in do only app, settings, session and workspace calls, not a passphrase change', () => {
    expect(code(() => authorize('customers.search', {}, null))).toBe('session.sign_in_required');
    expect(code(() => authorize('jobs.list', { limit: 5 }, null))).toBe('session.sign_in_required');
    for (const method of ['app.info', 'settings.get', 'session.signIn', 'workspace.open', 'workspace.close'] as const) {
      expect(needsSignIn(method)).toBe(false);
      expect(code(() => authorize(method, {}, null))).toBeNull();
    }
    expect(needsSignIn('workspace.setPassphrase')).toBe(true);
  });

  it('lets every role call the rest', () => {
    const open = methodNames.filter((m) => methodPermissions[m] === undefined);
    expect(open.length).toBeGreaterThan(50);
    for (const method of open) expect(code(() => authorize(method, {}, as('analyst'))), method).toBeNull();
    expect(Object.keys(contract).length).toBe(methodNames.length);
  });

  it('names the role needed when it refuses', () => {
    try {
      authorize('users.list', {}, as('auditor'));
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'forbidden', details: { method: 'users.list', permission: 'administer', role: 'auditor', allowed: ['administrator'] } });
      expect((error as Error).message).toMatch(/administrator/);
    }
  });
});
