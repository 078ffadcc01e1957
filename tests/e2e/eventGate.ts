// The engine's events on their way to the page (the web host's /events socket), passed through
// by the test. A test can hold them back after a chosen one: the page then shows that event's
// state for as long as the test looks, however fast the engine goes on. Without this, React
// may draw a short-lived state (a progress bar part-way) or skip it, as the frames happen to
// arrive; with it, what the test checks does not depend on timing.
import type { Page } from 'playwright-core';

export interface EngineEvent {
  event: string;
  payload: Record<string, unknown>;
}

export interface EventGate {
  /**
   * From now on, passes events until one matches `stop`, passes that one, and holds back all
   * that follow until `release()`. Resolves with the matching event once the page was sent it.
   */
  holdAfter(stop: (event: EngineEvent) => boolean): Promise<EngineEvent>;
  /** Sends the held events in their order and passes everything again. */
  release(): void;
}

/** Must be set up before the page opens its event socket (before it loads). */
export async function gateEngineEvents(page: Page): Promise<EventGate> {
  // Each held message with the page socket it was on its way to.
  let held: { to: { send(message: string | Buffer): void }; message: string | Buffer }[] | null = null;
  let watch: { stop(event: EngineEvent): boolean; found(event: EngineEvent): void } | null = null;

  const parse = (message: string | Buffer): EngineEvent | null => {
    try {
      return JSON.parse(message.toString()) as EngineEvent;
    } catch {
      return null;
    }
  };

  await page.routeWebSocket(/\/events$/, (ws) => {
    const server = ws.connectToServer();
    server.onMessage((message) => {
      if (held) {
        held.push({ to: ws, message });
        return;
      }
      ws.send(message);
      const event = watch && parse(message);
      if (watch && event && watch.stop(event)) {
        held = [];
        watch.found(event);
        watch = null;
      }
    });
  });

  return {
    holdAfter(stop) {
      return new Promise((found) => {
        watch = { stop, found };
      });
    },
    release() {
      const pending = held ?? [];
      held = null;
      for (const { to, message } of pending) to.send(message);
    },
  };
}
