// The role policy: what each role may do beyond what every role may, applied to every call
// before it is routed (Engine.call), whichever host it came through. One table, method to
// permission; an argument can raise the need (any `unmask: true` asks for personal data). The
// renderer hides what a role cannot do, but this is what decides.
import type { MethodName } from '../api/contract.js';
import { EngineError } from '../api/errors.js';
import type { Permission } from '../api/securityTypes.js';
import type { Actor, Role } from '../api/types.js';

/** The roles holding each permission. */
export const permissionRoles: Record<Permission, readonly Role[]> = {
  personal_data: ['auditor', 'administrator'],
  edit_cases: ['auditor', 'administrator'],
  administer: ['administrator'],
};

/** Methods that need a permission whatever their arguments; every other method is for every role. */
export const methodPermissions: Partial<Record<MethodName, Permission>> = {
  'cases.open': 'edit_cases',
  'cases.update': 'edit_cases',
  'cases.note': 'edit_cases',
  'cases.attach': 'edit_cases',
  'users.list': 'administer',
  'users.save': 'administer',
  'users.delete': 'administer',
  'users.setPassword': 'administer',
  'workspace.setPassphrase': 'administer',
  'backup.restore': 'administer',
  'schedules.save': 'administer',
  'schedules.delete': 'administer',
};

/** Methods a caller may use before signing in: the app itself, workspaces and the session. */
export function needsSignIn(method: MethodName): boolean {
  if (method === 'workspace.setPassphrase') return true;
  return !/^(app|settings|dialog|session|workspace)\./.test(method);
}

/** Whether the arguments ask for personal data: an `unmask: true` anywhere in them. */
function unmasks(args: unknown): boolean {
  if (typeof args !== 'object' || args === null) return false;
  return Object.entries(args).some(([key, value]) => (key === 'unmask' && value === true) || unmasks(value));
}

/** The permissions a call needs: its method's, and personal data when it unmasks. */
export function requiredPermissions(method: MethodName, args: unknown): Permission[] {
  const needed = new Set<Permission>();
  const own = methodPermissions[method];
  if (own) needed.add(own);
  if (unmasks(args)) needed.add('personal_data');
  return [...needed];
}

export function rolePermissions(role: Role): Permission[] {
  return (Object.keys(permissionRoles) as Permission[]).filter((p) => permissionRoles[p].includes(role));
}

/**
 * Refuses the call when nobody is signed in to a workspace with profiles (`actor` null) or the
 * actor's role lacks a permission the call needs (`forbidden`, naming the roles that have it).
 */
export function authorize(method: MethodName, args: unknown, actor: Actor | null): void {
  if (actor === null) {
    if (!needsSignIn(method)) return;
    throw new EngineError('session.sign_in_required', 'This workspace has user profiles: sign in first.', { method });
  }
  for (const permission of requiredPermissions(method, args)) {
    const allowed = permissionRoles[permission];
    if (allowed.includes(actor.role)) continue;
    throw new EngineError(
      'forbidden',
      `${actor.name} (${actor.role}) may not call ${method}: it needs the ${permission} permission, which ${allowed.join(' and ')} have. Ask an administrator, or sign in with a profile that has that role.`,
      { method, permission, role: actor.role, allowed: [...allowed] },
    );
  }
}
