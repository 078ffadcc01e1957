// User profiles, the session and the role policy as the API shows them.
import type { Actor, Role } from './types.js';

export const roles = ['analyst', 'auditor', 'administrator'] as const satisfies readonly Role[];

/** A workspace's user profile (never its password hash). */
export interface UserInfo {
  name: string;
  role: Role;
  /** A password is needed to sign in as this profile. */
  hasPassword: boolean;
  disabled: boolean;
  createdAt: string;
}

/** What a role may do beyond what every role may (engine/host/policy.ts). */
export const permissions = ['personal_data', 'edit_cases', 'administer'] as const;
export type Permission = (typeof permissions)[number];

/** Who is at the keyboard. */
export interface SessionInfo {
  /** Who calls are made as; null: the workspace has profiles and nobody is signed in. */
  actor: Actor | null;
  /** The open workspace has profiles, so calls are made as the one signed in. */
  profiles: boolean;
  /** What the actor's role may do beyond what every role may (none when nobody is signed in). */
  permissions: Permission[];
}
