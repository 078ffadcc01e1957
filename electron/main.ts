// Electron main process: glues the engine (worker threads) to a hardened window. It serves the
// UI from app://workbench/, answers the contract over IPC, shows native menus and dialogs, and
// does no heavy work itself.
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { toErrorPayload } from '../engine/api/errors.js';
import type { Language } from '../engine/api/types.js';
import { Engine } from '../engine/host/engine.js';
import { registerAppScheme, serveApp } from './appProtocol.js';
import { nativeDialogs } from './dialogs.js';
import { hardenSession, hardenWebContents } from './hardening.js';
import { resourcesFolder, windowIconPath } from './icon.js';
import { serveIpc } from './ipc.js';
import { buildMenu } from './menu.js';
import { errorText, fill, languageOfLocale, nativeLabels, technicalDetails } from './labels.js';
import { createMainWindow, focus } from './window.js';

const distDir = path.join(__dirname, '..');

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the first (its 'second-instance' focuses the window).
  app.quit();
} else {
  registerAppScheme();
  hardenWebContents();
  // .catch after .then: a failure inside start() is fatal too, not an unhandled rejection.
  app.whenReady().then(start).catch(fatal);
}

let engine: Engine | null = null;
let mainWindow: BrowserWindow | null = null;
/** The language of menus and dialogs: the system's until the settings are read, then the one in effect. */
let language: Language = 'en';

async function start(): Promise<void> {
  language = languageOfLocale(app.getLocale());
  if (app.isPackaged) {
    // Header synonyms and calendars sit beside the app, editable without a rebuild.
    process.env.WORKBENCH_RESOURCES ??= path.join(process.resourcesPath, 'resources');
  } else if (!process.env.WORKBENCH_SQLITE_BINDING) {
    // npm's better-sqlite3-multiple-ciphers is built for Node; Electron needs the copy `npm start` rebuilds.
    const l = nativeLabels(language);
    dialog.showErrorBox(l.appName, l.dialog.needsNpmStart);
    app.exit(1);
    return;
  }
  hardenSession();
  serveApp(path.join(distDir, 'renderer'));

  const current: Engine = new Engine({
    // Inside the package this is app.asar/dist/engine/worker.js: Electron reads the unpacked copy
    // (asarUnpack) and resolves the worker's modules from the archive.
    workerScript: path.join(distDir, 'engine', 'worker.js'),
    host: 'electron',
    version: app.getVersion(),
    systemLocale: app.getLocale(),
    dialogs: nativeDialogs(
      () => nativeLabels(language).dialog,
      (): string => current.home.workspacesDir,
    ),
  });
  engine = current;
  serveIpc(current, (method) => {
    if (method === 'settings.set') rebuildMenu(current);
  });
  current.on('workspace.changed', () => rebuildMenu(current));

  app.on('second-instance', () => mainWindow && focus(mainWindow));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault(); // stop the workers first: a running job is cancelled and rolled back
    current
      .close()
      .catch((error: unknown) => console.error('The engine did not close cleanly:', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });

  await refreshMenu(current);
  openWindow();
  await current.ensureWorkspace().catch((error: unknown) => showError(error));
}

function openWindow(): void {
  const resources = resourcesFolder(app.isPackaged, process.resourcesPath, distDir);
  mainWindow = createMainWindow(path.join(__dirname, 'preload.cjs'), windowIconPath(resources), pageNotLoaded);
  mainWindow.on('closed', () => (mainWindow = null));
}

/** The window stays hidden until its page shows: without the page there is no app, so say why and quit. */
function pageNotLoaded(error: unknown): void {
  console.error('The app page did not load:', error);
  const l = nativeLabels(language);
  dialog.showErrorBox(l.appName, fill(l.dialog.loadFailed, { message: error instanceof Error ? error.message : String(error) }));
  app.quit();
}

/** After a change of language or workspaces; a menu that cannot be rebuilt keeps the old one. */
function rebuildMenu(current: Engine): void {
  refreshMenu(current).catch((error: unknown) => console.error('The menu could not be rebuilt:', error));
}

async function refreshMenu(current: Engine): Promise<void> {
  language = (await current.call('settings.get', {})).effectiveLanguage;
  const labels = nativeLabels(language);
  const menu = buildMenu(
    { labels: labels.menu, recent: current.home.recent(), development: !app.isPackaged, isMac: process.platform === 'darwin' },
    {
      newWorkspace: () => void newWorkspace(current),
      openWorkspace: () => void act(async () => {
        const [file] = await current.call('dialog.openFiles', { purpose: 'workspace', multiple: false }).then((r) => r.paths);
        if (file) await current.call('workspace.open', { path: file });
      }),
      importFiles: () => void act(async () => {
        const { paths } = await current.call('dialog.openFiles', { purpose: 'import', multiple: true });
        // The import wizard lives in the UI: hand it the files.
        if (paths.length > 0) current.events.emit('menu.command', { command: 'import', paths });
      }),
      openRecent: (file) => void act(() => current.call('workspace.open', { path: file })),
      about: () => void act(() => dialog.showMessageBox({
        type: 'info',
        title: labels.menu.about,
        message: labels.appName,
        detail: `${app.getVersion()}\nElectron ${process.versions.electron} · Node ${process.versions.node}`,
      })),
    },
  );
  Menu.setApplicationMenu(menu);
}

async function newWorkspace(current: Engine): Promise<void> {
  await act(async () => {
    const defaultName = nativeLabels(language).dialog.newWorkspaceFile;
    const { path: file } = await current.call('dialog.saveFile', { purpose: 'workspace', defaultName });
    if (file) await current.call('workspace.create', { path: file });
  });
}

/** Runs a menu action; what goes wrong is shown to the user, who started it. */
async function act(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (error) {
    showError(error);
  }
}

function showError(error: unknown): void {
  const payload = toErrorPayload(error);
  dialog.showErrorBox(nativeLabels(language).dialog.actionFailed, errorText(language, payload) + technicalDetails(language, payload));
}

function fatal(error: unknown): void {
  console.error('The app could not start:', error);
  const l = nativeLabels(language);
  const payload = toErrorPayload(error);
  dialog.showErrorBox(l.appName, fill(l.dialog.startFailed, { message: errorText(language, payload) }) + technicalDetails(language, payload));
  // Stop the workers that did start (a job in flight rolls back), then leave whatever happens.
  (engine?.close() ?? Promise.resolve())
    .catch((closing: unknown) => console.error('The engine did not close cleanly:', closing))
    .finally(() => app.exit(1));
}
