// The only bridge between the page and the app: `window.workbench.invoke(method, args)` and
// `window.workbench.on(event, handler)`. Nothing of Electron or Node reaches the page.
// Dropped files are File objects in the page; their paths exist only here, so the preload
// puts each File's path in its place before the call leaves the page.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { Reply } from '../engine/api/contract.js';

// Literal copies of electron/ipc.ts's channels: the sandboxed preload bundles no app modules
// beyond types.
const INVOKE_CHANNEL = 'workbench:invoke';
const EVENT_CHANNEL = 'workbench:event';

function withFilePaths(value: unknown): unknown {
  if (value instanceof File) return webUtils.getPathForFile(value);
  if (Array.isArray(value)) return value.map(withFilePaths);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withFilePaths(item)]));
  }
  return value;
}

contextBridge.exposeInMainWorld('workbench', {
  invoke(method: string, args: unknown): Promise<Reply<unknown>> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, String(method), withFilePaths(args));
  },
  on(event: string, handler: (payload: unknown) => void): () => void {
    const listener = (_e: IpcRendererEvent, message: { event: string; payload: unknown }) => {
      if (message.event === event) handler(message.payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener);
    };
  },
});
