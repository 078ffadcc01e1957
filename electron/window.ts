// The main window: isolated, sandboxed, no Node, web security on, pages from app:// only.
import path from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_URL } from './appProtocol.js';

/**
 * `icon`: the app's PNG for the title bar and taskbar (ignored on macOS, which shows the bundle's).
 * `onLoadFailed`: the app's page did not load, so the window, shown only once it is ready, never will be.
 */
export function createMainWindow(preload: string, icon: string, onLoadFailed: (error: unknown) => void): BrowserWindow {
  const win = new BrowserWindow({
    icon,
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload: path.resolve(preload),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // A middle click on a link would otherwise try to open it in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  win.loadURL(APP_URL).catch((error: unknown) => {
    // Closing the window while it loads aborts the load: nothing went wrong then.
    if (!win.isDestroyed()) onLoadFailed(error);
  });
  return win;
}

export function focus(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
