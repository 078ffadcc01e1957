// The contract over Electron IPC: one invoke channel answering the Reply envelope, and one
// event channel carrying every engine event to the app's windows.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { eventNames, type Reply } from '../engine/api/contract.js';
import { EngineError, toErrorPayload } from '../engine/api/errors.js';
import type { Engine } from '../engine/host/engine.js';
import { isAppUrl } from './appProtocol.js';

export const INVOKE_CHANNEL = 'workbench:invoke';
export const EVENT_CHANNEL = 'workbench:event';

/** Only the app's own pages may call the engine (not a page that found its way into a frame). */
function fromAppPage(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && isAppUrl(frame.url);
}

export function serveIpc(engine: Engine, afterCall: (method: string) => void): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, args: unknown): Promise<Reply<unknown>> => {
    if (!fromAppPage(event)) {
      return { ok: false, error: new EngineError('unsupported', 'Only the workbench pages may call the engine.').toPayload() };
    }
    try {
      const result = await engine.call(String(method) as never, args);
      afterCall(String(method));
      return { ok: true, result: result ?? null };
    } catch (error) {
      const payload = toErrorPayload(error);
      if (payload.code === 'internal') console.error(`${String(method)} failed:`, error);
      return { ok: false, error: payload };
    }
  });
  for (const event of eventNames) {
    engine.on(event, (payload) => {
      for (const win of BrowserWindow.getAllWindows()) {
        if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, { event, payload });
      }
    });
  }
}
