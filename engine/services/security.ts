// User profiles and the workspace's passphrase on the worker side. Signing in is checked here too
// (an internal operation the host asks for): the profiles live in the workspace.
import { changePassphrase } from '../security/passphrase.js';
import { authenticate, deleteUser, listUsers, saveUser, setUserPassword } from '../security/users.js';
import type { InternalHandler } from '../worker/protocol.js';
import type { AuditDetail, AuditNote } from '../api/auditTypes.js';
import { audited } from '../audit/audited.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

export const securityQueries: Pick<QueryHandlers, 'users.list'> = {
  'users.list': (ctx) => listUsers(ctx.db()),
};

export const securityJobs: Pick<JobHandlers, 'users.save' | 'users.delete' | 'users.setPassword' | 'workspace.setPassphrase'> = {
  'users.save': (ctx, args) => {
    const users = audited(
      ctx,
      () => saveUser(ctx.db(), args),
      () => profileEntry(args.name, { change: 'saved', role: args.role, disabled: args.disabled ?? false }),
    );
    ctx.log(`profile ${args.name} saved as ${args.role}${args.disabled ? ', disabled' : ''}`);
    return users;
  },
  'users.delete': (ctx, { name }) => {
    const users = audited(
      ctx,
      () => deleteUser(ctx.db(), name),
      () => profileEntry(name, { change: 'removed' }),
    );
    ctx.log(`profile ${name} removed`);
    return users;
  },
  'users.setPassword': (ctx, { name, password }) => {
    // Never the password itself: only whether the profile has one now.
    const users = audited(
      ctx,
      () => setUserPassword(ctx.db(), name, password),
      () => profileEntry(name, { change: password === null ? 'password removed' : 'password set' }),
    );
    ctx.log(password === null ? `profile ${name} needs no password now` : `profile ${name} has a new password`);
    return users;
  },
  'workspace.setPassphrase': (ctx, { passphrase }) => {
    const result = changePassphrase(ctx, passphrase);
    // Never the passphrase: whether the workspace is encrypted now. Written with the job's history row.
    ctx.audit({ action: 'passphrase_change', subject: null, detail: { encrypted: passphrase !== null } });
    return result;
  },
};

const signIn: InternalHandler<'session.authenticate'> = (ctx, { name, password }) => authenticate(ctx.db(), name, password);

export const securityOps = { 'session.authenticate': signIn };

function profileEntry(name: string, detail: AuditDetail): AuditNote {
  return { action: 'profile_change', subject: `profile ${name}`, detail };
}
