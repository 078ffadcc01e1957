// The native menu bar: workspaces and import under File, zoom under View, About under Help.
// Rebuilt when the language or the recent workspaces change.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { RecentWorkspace } from '../engine/api/types.js';
import type { MenuLabels } from './labels.js';

export interface MenuActions {
  newWorkspace(): void;
  openWorkspace(): void;
  importFiles(): void;
  openRecent(path: string): void;
  about(): void;
}

export interface MenuState {
  labels: MenuLabels;
  recent: RecentWorkspace[];
  /** Reload and developer tools only while developing, not in the installed app. */
  development: boolean;
  isMac: boolean;
}

export function buildMenu({ labels: l, recent, development, isMac }: MenuState, actions: MenuActions): Menu {
  const available = recent.filter((r) => r.exists);
  const recentItems: MenuItemConstructorOptions[] = available.length
    ? available.map((r) => ({ label: `${r.name} — ${r.path}`, click: () => actions.openRecent(r.path) }))
    : [{ label: l.noRecent, enabled: false }];

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: l.file,
      submenu: [
        { label: l.newWorkspace, accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkspace() },
        { label: l.openWorkspace, accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspace() },
        { label: l.recent, submenu: recentItems },
        { type: 'separator' },
        { label: l.importFiles, accelerator: 'CmdOrCtrl+I', click: () => actions.importFiles() },
        ...(isMac ? [] : [{ type: 'separator' as const }, { label: l.quit, role: 'quit' as const }]),
      ],
    },
    {
      label: l.edit,
      submenu: [
        { label: l.undo, role: 'undo' },
        { label: l.redo, role: 'redo' },
        { type: 'separator' },
        { label: l.cut, role: 'cut' },
        { label: l.copy, role: 'copy' },
        { label: l.paste, role: 'paste' },
        { label: l.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: l.view,
      submenu: [
        ...(development
          ? [
              { label: l.reload, role: 'reload' as const },
              { label: l.devTools, role: 'toggleDevTools' as const },
              { type: 'separator' as const },
            ]
          : []),
        { label: l.resetZoom, role: 'resetZoom' },
        { label: l.zoomIn, role: 'zoomIn' },
        { label: l.zoomOut, role: 'zoomOut' },
        { type: 'separator' },
        { label: l.fullScreen, role: 'togglefullscreen' },
      ],
    },
    { label: l.help, role: 'help', submenu: [{ label: l.about, click: () => actions.about() }] },
  ];
  return Menu.buildFromTemplate(template);
}
