// Who is signed in to the open workspace (session.current) and what the role may do, for every
// page: the top bar shows it, the sign-in dialog appears when the workspace asks, and pages hide
// what the role cannot do (the engine refuses it regardless, engine/host/policy.ts).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Permission, SessionInfo } from '../../engine/api/securityTypes.js';
import { invoke, on } from '../api/client.js';
import { useSession } from './session.js';

export interface SignedIn {
  /** null until the engine answered. */
  session: SessionInfo | null;
  can(permission: Permission): boolean;
  signIn(name: string, password?: string): Promise<void>;
  signOut(): Promise<void>;
  refresh(): Promise<void>;
}

const SignedInContext = createContext<SignedIn | null>(null);

export function useSignedIn(): SignedIn {
  const value = useContext(SignedInContext);
  if (!value) throw new Error('useSignedIn outside SignedInProvider');
  return value;
}

export function SignedInProvider({ children }: { children: ReactNode }) {
  const { workspace } = useSession();
  const [session, setSession] = useState<SessionInfo | null>(null);

  const refresh = useCallback(async () => {
    setSession(await invoke('session.current', {}));
  }, []);

  useEffect(() => {
    void refresh().catch(() => undefined);
  }, [workspace?.path, refresh]);

  useEffect(
    // A profile change (role, removal) can change who is signed in.
    () => on('job.done', (job) => job.method.startsWith('users.') && void refresh().catch(() => undefined)),
    [refresh],
  );

  const signIn = useCallback(async (name: string, password?: string) => {
    setSession(await invoke('session.signIn', password ? { name, password } : { name }));
  }, []);
  const signOut = useCallback(async () => {
    setSession(await invoke('session.signOut', {}));
  }, []);

  const value = useMemo<SignedIn>(
    () => ({ session, can: (permission) => session?.permissions.includes(permission) ?? false, signIn, signOut, refresh }),
    [session, signIn, signOut, refresh],
  );
  return <SignedInContext.Provider value={value}>{children}</SignedInContext.Provider>;
}
