// Who is at the keyboard of this engine. A workspace without user profiles is one person's: calls
// are made as the operating-system account, an administrator. Once it has profiles, calls are
// made as the profile signed in, and nobody is signed in when it opens. One session per engine:
// the web host serves one browser session, the desktop app one window.
import type { SessionInfo, UserInfo } from '../api/securityTypes.js';
import type { Actor } from '../api/types.js';
import { systemActor } from '../core/osUser.js';
import { rolePermissions } from './policy.js';

type State = { kind: 'no_profiles' } | { kind: 'signed_out' } | { kind: 'signed_in'; actor: Actor };

export class Session {
  private state: State = { kind: 'no_profiles' };

  /** Who calls are made as; null: sign in first. */
  get actor(): Actor | null {
    if (this.state.kind === 'no_profiles') return systemActor();
    return this.state.kind === 'signed_in' ? this.state.actor : null;
  }

  info(): SessionInfo {
    const actor = this.actor;
    return { actor, profiles: this.state.kind !== 'no_profiles', permissions: actor ? rolePermissions(actor.role) : [] };
  }

  /** A workspace was opened (or closed: no profiles): nobody is signed in to it yet. */
  reset(hasProfiles: boolean): void {
    this.state = hasProfiles ? { kind: 'signed_out' } : { kind: 'no_profiles' };
  }

  signIn(actor: Actor): void {
    this.state = { kind: 'signed_in', actor };
  }

  signOut(): void {
    if (this.state.kind === 'signed_in') this.state = { kind: 'signed_out' };
  }

  /**
   * The profiles changed (`users`: all of them now). The person who creates the first profile is
   * signed in as it (an administrator): they were the workspace's administrator a moment before.
   * A signed-in profile removed or disabled is signed out; one given another role has it now.
   */
  profilesChanged(users: UserInfo[]): void {
    if (users.length === 0) {
      this.state = { kind: 'no_profiles' };
      return;
    }
    if (this.state.kind === 'no_profiles') {
      // The first profile is an administrator (security/users.ts): the one just created.
      const first = users.length === 1 && !users[0]!.disabled ? users[0]! : null;
      this.state = first ? { kind: 'signed_in', actor: { name: first.name, role: first.role } } : { kind: 'signed_out' };
      return;
    }
    if (this.state.kind !== 'signed_in') return;
    const name = this.state.actor.name;
    const me = users.find((u) => u.name === name && !u.disabled);
    this.state = me ? { kind: 'signed_in', actor: { name, role: me.role } } : { kind: 'signed_out' };
  }
}
