// User profiles and the workspace's passphrase on the worker side. Signing in is checked here too
// (an internal operation the host asks for): the profiles live in the workspace.
import { changePassphrase } from '../security/passphrase.js';
import { authenticate, deleteUser, listUsers, saveUser, setUserPassword } from '../security/users.js';
import type { InternalHandler } from '../worker/protocol.js';
import type { JobHandlers, QueryHandlers } from './registry.js';

export const securityQueries: Pick<QueryHandlers, 'users.list'> = {
  'users.list': (ctx) => listUsers(ctx.db()),
};

export const securityJobs: Pick<JobHandlers, 'users.save' | 'users.delete' | 'users.setPassword' | 'workspace.setPassphrase'> = {
  'users.save': (ctx, args) => {
    const users = saveUser(ctx.db(), args);
    ctx.log(`profile ${args.name} saved as ${args.role}${args.disabled ? ', disabled' : ''}`);
    return users;
  },
  'users.delete': (ctx, { name }) => {
    const users = deleteUser(ctx.db(), name);
    ctx.log(`profile ${name} removed`);
    return users;
  },
  'users.setPassword': (ctx, { name, password }) => {
    const users = setUserPassword(ctx.db(), name, password);
    ctx.log(password === null ? `profile ${name} needs no password now` : `profile ${name} has a new password`);
    return users;
  },
  'workspace.setPassphrase': (ctx, { passphrase }) => changePassphrase(ctx, passphrase),
};

const signIn: InternalHandler<'session.authenticate'> = (ctx, { name, password }) => authenticate(ctx.db(), name, password);

export const securityOps = { 'session.authenticate': signIn };
