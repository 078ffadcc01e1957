import { z } from 'zod';
import { method, type JobHandle } from '../method.js';
import type { SessionInfo, UserInfo } from '../securityTypes.js';
import { roles } from '../securityTypes.js';

const name = z.string().trim().min(1).max(80);
/** Any characters; the app never stores it, only a salted scrypt hash of it. */
const password = z.string().min(1).max(200);
/** Never written anywhere by the app; lost, it cannot be recovered. */
const passphrase = z.string().min(1).max(500);

export const securityMethods = {
  /** Sign in as one of the open workspace's profiles (its password when it has one). */
  'session.signIn': method<SessionInfo>()('host', z.object({ name, password: password.optional() }).strict()),
  'session.signOut': method<SessionInfo>()('host', z.object({}).strict()),
  'session.current': method<SessionInfo>()('host', z.object({}).strict()),
  /** The open workspace's profiles (administrator). */
  'users.list': method<UserInfo[]>()('query', z.object({}).strict()),
  /**
   * Add a profile or change one's role or disabled state (administrator). `password` sets one
   * (a new profile's; else keep it). The first profile must be an administrator; the last enabled
   * administrator cannot be demoted or disabled. The job's result: every profile after it.
   */
  'users.save': method<JobHandle>()(
    'job',
    z.object({ name, role: z.enum(roles), disabled: z.boolean().default(false), password: password.optional() }).strict(),
  ),
  /** Remove a profile (administrator); not the last enabled administrator. Result: every profile after it. */
  'users.delete': method<JobHandle>()('job', z.object({ name }).strict()),
  /** Set a profile's password, or remove it with null (administrator). Result: every profile after it. */
  'users.setPassword': method<JobHandle>()('job', z.object({ name, password: password.nullable() }).strict()),
  /**
   * Encrypt the open workspace with `passphrase`, change its passphrase, or decrypt it with null
   * (administrator). It needs the workspace to itself: other running work makes it workspace.busy.
   */
  'workspace.setPassphrase': method<JobHandle>()('job', z.object({ passphrase: passphrase.nullable() }).strict()),
};
