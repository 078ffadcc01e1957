import type { EventName, Reply } from '../../engine/api/contract.js';
import { ApiError, toApiError } from './errors.js';
import type { ConnectionState, Transport } from './transport.js';

/**
 * What the Electron preload exposes (contextBridge): nothing else of Electron or Node.
 * File objects inside `args` reach the engine as their paths (electron/preload.ts).
 */
export interface WorkbenchBridge {
  invoke(method: string, args: unknown): Promise<Reply<unknown>>;
  on(event: string, handler: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    workbench?: WorkbenchBridge;
  }
}

/** IPC through the preload: always connected while the window lives. */
export class ElectronTransport implements Transport {
  readonly connection: ConnectionState = 'connected';

  constructor(private readonly bridge: WorkbenchBridge) {}

  async invoke(method: string, args: unknown): Promise<unknown> {
    let reply: Reply<unknown>;
    try {
      reply = await this.bridge.invoke(method, args);
    } catch (error) {
      throw toApiError(error);
    }
    if (reply.ok) return reply.result;
    throw ApiError.fromPayload(reply.error);
  }

  on(event: EventName, handler: (payload: unknown) => void): () => void {
    return this.bridge.on(event, handler);
  }

  onConnection(): () => void {
    return () => undefined;
  }
}
