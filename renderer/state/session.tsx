// What every page needs to know: the host, the settings, the open workspace and whether
// the engine is reachable. Kept current by the engine's events.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppInfo, Language, Settings, WorkspaceInfo } from '../../engine/api/types.js';
import { connectionState, invoke, on, onConnection } from '../api/client.js';
import type { ConnectionState } from '../api/transport.js';
import { applyLanguage } from '../i18n/index.js';

export interface Session {
  info: AppInfo;
  settings: Settings;
  language: Language;
  workspace: WorkspaceInfo | null;
  connection: ConnectionState;
  setLanguage(language: Language | null): Promise<void>;
  /** Ask the engine again (after a workspace operation whose event may race the reply). */
  refreshWorkspace(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

export interface SessionStart {
  info: AppInfo;
  settings: Settings;
  workspace: WorkspaceInfo | null;
}

/** The first answers the shell needs before it can render anything useful. */
export async function loadSession(): Promise<SessionStart> {
  const [info, settings, workspace] = await Promise.all([
    invoke('app.info', {}),
    invoke('settings.get', {}),
    invoke('workspace.current', {}),
  ]);
  await applyLanguage(settings.effectiveLanguage);
  return { info, settings, workspace };
}

export function SessionProvider({ start, children }: { start: SessionStart; children: ReactNode }) {
  const [settings, setSettings] = useState(start.settings);
  const [workspace, setWorkspace] = useState(start.workspace);
  const [connection, setConnection] = useState<ConnectionState>(connectionState());

  const refreshWorkspace = useCallback(async () => {
    setWorkspace(await invoke('workspace.current', {}));
  }, []);

  useEffect(() => {
    const offWorkspace = on('workspace.changed', ({ workspace: next }) => setWorkspace(next));
    // An import changes the workspace's size: ask again after data changed.
    const offData = on('data.changed', () => void refreshWorkspace().catch(() => undefined));
    const offConnection = onConnection((state) => {
      setConnection(state);
      if (state === 'connected') void refreshWorkspace().catch(() => undefined);
    });
    return () => {
      offWorkspace();
      offData();
      offConnection();
    };
  }, [refreshWorkspace]);

  const setLanguage = useCallback(async (language: Language | null) => {
    const next = await invoke('settings.set', { language });
    await applyLanguage(next.effectiveLanguage);
    setSettings(next);
  }, []);

  const value = useMemo<Session>(
    () => ({
      info: start.info,
      settings,
      language: settings.effectiveLanguage,
      workspace,
      connection,
      setLanguage,
      refreshWorkspace,
    }),
    [start.info, settings, workspace, connection, setLanguage, refreshWorkspace],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
