// Cancelling a console statement that runs as a query (sql.run): the Cancel button's sql.cancel
// may reach another query worker than the one running it, so the cancel is told to every
// worker thread of the process through a BroadcastChannel (which does not deliver to its
// sender: the worker that receives sql.cancel looks at its own runs too).
import { BroadcastChannel } from 'node:worker_threads';

const running = new Map<string, () => void>();
let channel: BroadcastChannel | null = null;

function listen(): BroadcastChannel {
  if (!channel) {
    channel = new BroadcastChannel('workbench-sql-cancel');
    channel.onmessage = (event) => running.get(String((event as MessageEvent).data))?.();
    // The channel must not keep a worker (or the CLI) alive.
    (channel as unknown as { unref(): void }).unref();
  }
  return channel;
}

/** Runs `work` under the caller's token, giving it a `cancelled` flag that sql.cancel sets. */
export async function cancellable<T>(token: string | undefined, work: (cancelled: () => boolean) => Promise<T>): Promise<T> {
  if (token === undefined) return work(() => false);
  listen();
  let cancelled = false;
  running.set(token, () => (cancelled = true));
  try {
    return await work(() => cancelled);
  } finally {
    running.delete(token);
  }
}

/** Cancels the run with this token, in whichever worker thread it runs. */
export function cancelRun(token: string): void {
  running.get(token)?.();
  listen().postMessage(token);
}
