import os from 'node:os';
import type { Actor } from '../api/types.js';

/** The operating-system account running the engine: who a change is recorded under when nobody signed in. */
export function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    // No account entry for the process's uid (some containers): the uid is still someone.
    return `uid ${process.getuid?.() ?? 'unknown'}`;
  }
}

/**
 * Who a call is made by when no profile is signed in: the operating-system account, as an
 * administrator (a workspace without user profiles is one person's, who may do everything).
 */
export function systemActor(): Actor {
  return { name: osUserName(), role: 'administrator' };
}
