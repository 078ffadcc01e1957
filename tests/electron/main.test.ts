// The Electron main process under a stand-in Electron and engine: what goes wrong in the
// background (starting, rebuilding the menu, loading the page) is told to the user, in the
// language in effect, or logged, and never left as an unhandled promise rejection.
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { EngineError } from '../../engine/api/errors.js';
import zh from '../../resources/locales/zh-CN.json';

const fake = vi.hoisted(() => {
  const state = {
    locale: 'en-US',
    /** The engine's answer to settings.get, call by call. */
    settings: [] as (() => Promise<unknown>)[],
    loadURL: (): Promise<void> => Promise.resolve(),
    engine: null as null | { emit(event: string, payload: unknown): void },
    /** What opening a workspace at start-up does. */
    started: (): Promise<void> => Promise.resolve(),
  };

  class BrowserWindow {
    static getAllWindows = () => [];
    static getFocusedWindow = () => null;
    once(): void {}
    on(): void {}
    isDestroyed(): boolean {
      return false;
    }
    loadURL(): Promise<void> {
      return state.loadURL();
    }
  }

  const electron = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      getLocale: () => state.locale,
      getVersion: () => '0.1.0',
      getPath: () => '/documents',
      on: vi.fn(),
      quit: vi.fn(),
      exit: vi.fn(),
    },
    BrowserWindow,
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    Menu: { buildFromTemplate: () => ({}), setApplicationMenu: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn() } } },
    shell: { openExternal: vi.fn() },
    ipcMain: { handle: vi.fn() },
  };

  /** The engine as main.ts uses it: calls, events, start-up and closing. */
  class Engine {
    readonly home = { workspacesDir: '/workspaces', recent: () => [] };
    readonly events = { emit: vi.fn() };
    private readonly handlers = new Map<string, ((payload: unknown) => void)[]>();
    constructor() {
      state.engine = this;
    }
    call(method: string): Promise<unknown> {
      if (method !== 'settings.get') return Promise.resolve(null);
      const next = state.settings.shift();
      return next ? next() : Promise.resolve({ language: null, effectiveLanguage: 'en' });
    }
    on(event: string, handler: (payload: unknown) => void): () => void {
      this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
      return () => undefined;
    }
    emit(event: string, payload: unknown): void {
      for (const handler of this.handlers.get(event) ?? []) handler(payload);
    }
    ensureWorkspace(): Promise<void> {
      return state.started();
    }
    async close(): Promise<void> {}
  }

  return { state, electron, Engine };
});

vi.mock('electron', () => fake.electron);
vi.mock('../../engine/host/engine.js', () => ({ Engine: fake.Engine }));

/** Resolves with the arguments of the mock's next call. */
function nextCall(mock: Mock): Promise<unknown[]> {
  return new Promise((resolve) => mock.mockImplementationOnce((...args: unknown[]) => resolve(args)));
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

/** Runs electron/main.ts afresh, as a launch of the app does. */
async function launch(): Promise<void> {
  vi.resetModules();
  await import('../../electron/main.js');
}

/** Lets Node report any rejection left unhandled by what ran so far. */
const afterRejectionChecks = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => {
  vi.stubEnv('WORKBENCH_SQLITE_BINDING', '/electron-native/better_sqlite3.node');
  fake.state.locale = 'en-US';
  fake.state.settings = [];
  fake.state.loadURL = () => Promise.resolve();
  fake.state.started = () => Promise.resolve();
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});

afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
  vi.unstubAllEnvs();
  vi.clearAllMocks();
});

describe('the Electron main process', () => {
  it('tells the user, in the system language, when starting fails, and exits', async () => {
    fake.state.locale = 'zh-CN';
    fake.state.settings = [() => Promise.reject(new Error('settings.json is damaged'))];
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const shown = nextCall(fake.electron.dialog.showErrorBox);
    const exited = nextCall(fake.electron.app.exit);
    await launch();
    const [title, message] = await shown;
    expect(title).toBe(zh.app.name);
    // In words of its code (internal), the engine's message below them for support.
    expect(message).toBe(
      `${zh.dialog.startFailed.replace('{{message}}', zh.errors.internal)}\n\n${zh.common.technicalDetails}: Unexpected error: settings.json is damaged. Please report it with the job log.`,
    );
    expect(await exited).toEqual([1]);
    await afterRejectionChecks();
    expect(unhandled).toEqual([]);
  });

  it('words an error in the language in effect by its code, the engine\'s English message below', async () => {
    fake.state.settings = [() => Promise.resolve({ language: 'zh-CN', effectiveLanguage: 'zh-CN' })];
    const path = '/data/region.workbench';
    const message = `${path} was written by a newer version of the app (schema 2, this app knows up to 1).`;
    fake.state.started = () => Promise.reject(new EngineError('workspace.newer_version', message, { path, version: 2, supported: 1 }));
    const shown = nextCall(fake.electron.dialog.showErrorBox);
    await launch();
    expect(await shown).toEqual([
      zh.dialog.actionFailed,
      `${zh.errors.workspace.newer_version.replace('{{name}}', 'region.workbench')}\n\n${zh.common.technicalDetails}: ${message}`,
    ]);
    await afterRejectionChecks();
    expect(unhandled).toEqual([]);
  });

  it('logs a menu that cannot be rebuilt after a change of workspace, and keeps running', async () => {
    const started = new Promise<void>((resolve) => (fake.state.started = async () => resolve()));
    await launch();
    await started;
    const logged = nextCall(vi.spyOn(console, 'error'));
    fake.state.settings = [() => Promise.reject(new Error('the engine has stopped'))];
    fake.state.engine!.emit('workspace.changed', { workspace: null });
    const [text, error] = await logged;
    expect(text).toBe('The menu could not be rebuilt:');
    expect(String(error)).toContain('the engine has stopped');
    await afterRejectionChecks();
    expect(unhandled).toEqual([]);
    expect(fake.electron.app.exit).not.toHaveBeenCalled();
  });

  it('says why and quits when the window cannot load the app', async () => {
    fake.state.loadURL = () => Promise.reject(new Error("ERR_FILE_NOT_FOUND (-6) loading 'app://workbench/'"));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const shown = nextCall(fake.electron.dialog.showErrorBox);
    const quit = nextCall(fake.electron.app.quit);
    await launch();
    const [title, message] = await shown;
    expect(title).toBe('Power Marketing Workbench');
    expect(message).toContain("The window could not show the app (ERR_FILE_NOT_FOUND (-6) loading 'app://workbench/')");
    await quit;
    await afterRejectionChecks();
    expect(unhandled).toEqual([]);
  });
});
