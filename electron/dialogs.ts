// Native file dialogs, offered to the engine as its DialogProvider ('dialog.*' methods).
import path from 'node:path';
import { app, BrowserWindow, dialog, type FileFilter } from 'electron';
import type { DialogProvider } from '../engine/host/engine.js';
import type { DialogLabels } from './labels.js';

/** `labels`: the dialog words in the language in effect when a dialog opens. */
export function nativeDialogs(labels: () => DialogLabels, workspacesDir: () => string): DialogProvider {
  const owner = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const filters = (kind: 'workspace' | 'import' | 'export', defaultName = ''): FileFilter[] => {
    const l = labels();
    if (kind === 'workspace') return [{ name: l.workspaces, extensions: ['workbench'] }];
    if (kind === 'export') {
      // The kind of file the export writes, named by its default name (a CSV, a PDF evidence pack).
      const ext = path.extname(defaultName).slice(1).toLowerCase();
      return ext === '' || ext === 'xlsx' ? [{ name: l.excel, extensions: ['xlsx'] }] : [{ name: ext.toUpperCase(), extensions: [ext] }];
    }
    return [
      { name: l.dataFiles, extensions: ['csv', 'txt', 'xlsx'] },
      { name: l.allFiles, extensions: ['*'] },
    ];
  };
  return {
    async openFiles(purpose, multiple) {
      const win = owner();
      const options: Electron.OpenDialogOptions =
        purpose === 'folder'
          ? { properties: ['openDirectory', 'createDirectory'] }
          : {
              properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
              filters: filters(purpose),
              ...(purpose === 'workspace' ? { defaultPath: workspacesDir() } : {}),
            };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async saveFile(purpose, defaultName) {
      const win = owner();
      const folder = purpose === 'workspace' ? workspacesDir() : app.getPath('documents');
      const options: Electron.SaveDialogOptions = { defaultPath: path.join(folder, defaultName), filters: filters(purpose, defaultName) };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
