import type { EventName } from '../../engine/api/contract.js';

/** Whether the engine can be reached: Electron IPC is always connected; the web host's socket may drop. */
export type ConnectionState = 'connecting' | 'connected' | 'lost';

/** One way of reaching the engine. Results arrive unwrapped; failures reject with an ApiError. */
export interface Transport {
  invoke(method: string, args: unknown): Promise<unknown>;
  on(event: EventName, handler: (payload: unknown) => void): () => void;
  readonly connection: ConnectionState;
  /** Called on every connection change; a return from 'lost' means events may have been missed. */
  onConnection(listener: (state: ConnectionState) => void): () => void;
}

/** A set of listeners, for transports' events and connection changes. */
export class Listeners<T> {
  private readonly set = new Set<(value: T) => void>();

  add(listener: (value: T) => void): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }

  emit(value: T): void {
    for (const listener of [...this.set]) {
      try {
        listener(value);
      } catch (error) {
        console.error('listener failed:', error);
      }
    }
  }
}
