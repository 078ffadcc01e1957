// The renderer's one way to the engine: typed by the API contract, over whichever
// transport the page runs in (Electron IPC or the loopback web host).
import type { ArgsIn, EngineEvents, EventName, MethodName, Result } from '../../engine/api/contract.js';
import { ElectronTransport } from './electronTransport.js';
import type { ConnectionState, Transport } from './transport.js';
import { WebTransport } from './webTransport.js';

let transport: Transport | null = null;

function current(): Transport {
  if (!transport) {
    transport = window.workbench ? new ElectronTransport(window.workbench) : new WebTransport(new URL(window.location.href));
  }
  return transport;
}

/** Replaces the transport (tests drive the client through a fake one). */
export function useTransport(next: Transport): void {
  transport = next;
}

/** Calls an API method; rejects with an ApiError carrying the engine's {code, message, details}. */
export function invoke<M extends MethodName>(method: M, args: ArgsIn<M>): Promise<Result<M>> {
  return current().invoke(method, args) as Promise<Result<M>>;
}

/** Subscribes to an engine event; returns the unsubscribe function. */
export function on<E extends EventName>(event: E, handler: (payload: EngineEvents[E]) => void): () => void {
  return current().on(event, handler as (payload: unknown) => void);
}

export function connectionState(): ConnectionState {
  return current().connection;
}

export function onConnection(listener: (state: ConnectionState) => void): () => void {
  return current().onConnection(listener);
}

/**
 * In the desktop app: the path of a dropped file. A page never learns paths itself; the
 * preload replaces a File in a call's arguments by its path, and import.preview names the
 * path it read. (So a file that cannot be previewed fails here, with the preview's error.)
 */
export async function droppedFilePath(file: File): Promise<string> {
  const preview = await invoke('import.preview', { path: file as unknown as string });
  return preview.path;
}
