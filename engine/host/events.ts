import type { EngineEvents, EventName } from '../api/contract.js';

type Handler<E extends EventName> = (payload: EngineEvents[E]) => void;

/** A small typed event hub; transports subscribe to forward events to their clients. */
export class EventHub {
  private readonly handlers = new Map<EventName, Set<Handler<never>>>();

  on<E extends EventName>(event: E, handler: Handler<E>): () => void {
    let set = this.handlers.get(event);
    if (!set) this.handlers.set(event, (set = new Set()));
    set.add(handler as Handler<never>);
    return () => set.delete(handler as Handler<never>);
  }

  emit<E extends EventName>(event: E, payload: EngineEvents[E]): void {
    for (const handler of this.handlers.get(event) ?? []) {
      try {
        (handler as Handler<E>)(payload);
      } catch (error) {
        console.error(`event handler for ${event} failed:`, error);
      }
    }
  }
}
