// The session's host methods: sign in to the open workspace as one of its profiles, sign out,
// and who is signed in. The password is checked on a query worker (scrypt takes ~50 ms).
import type { Args, Result } from '../api/contract.js';
import { EngineError } from '../api/errors.js';
import type { Engine } from './engine.js';

type SessionMethod = 'session.signIn' | 'session.signOut' | 'session.current';

export function sessionHandlers(engine: Engine): { [M in SessionMethod]: (args: Args<M>) => Promise<Result<M>> } {
  return {
    'session.signIn': async ({ name, password }) => {
      if (!engine.workspace) throw new EngineError('workspace.none_open', 'Open or create a workspace first.');
      const actor = await engine.internal('session.authenticate', { name, ...(password !== undefined ? { password } : {}) });
      engine.session.signIn(actor);
      return engine.session.info();
    },
    'session.signOut': async () => {
      engine.session.signOut();
      return engine.session.info();
    },
    'session.current': async () => engine.session.info(),
  };
}
