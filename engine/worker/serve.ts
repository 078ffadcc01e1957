// How a worker thread answers the host: every request gets exactly one reply, and nothing one
// request does ends the thread, which would take every other request in flight down with it.
// Except an exception thrown from a callback somewhere in engine code: it may have ended the
// continuation of a request in flight, which would then never reply (a job that never ends
// keeps its workspace's write jobs queued for good). Such a thread says so to the host, which
// fails its requests in flight and replaces it, and ends.
import type { MessagePort } from 'node:worker_threads';
import { toErrorPayload } from '../api/errors.js';
import type { WorkerMessage, WorkerRequest } from './protocol.js';

export type RequestHandler = (request: WorkerRequest) => Promise<unknown>;
type Post = (message: WorkerMessage) => void;

function failure(request: WorkerRequest, error: unknown): WorkerMessage {
  return { type: 'reply', seq: request.seq, ok: false, error: toErrorPayload(error, { path: request.workspace }) };
}

/** Runs one request and posts its reply; a result the port cannot carry is answered as an error. */
export async function answer(request: WorkerRequest, handle: RequestHandler, post: Post): Promise<void> {
  let reply: WorkerMessage;
  try {
    reply = { type: 'reply', seq: request.seq, ok: true, result: (await handle(request)) ?? null };
  } catch (error) {
    reply = failure(request, error);
  }
  try {
    post(reply);
  } catch (error) {
    // e.g. a DataCloneError for a result holding a function: the caller must not wait forever.
    post(failure(request, error));
  }
}

/**
 * Serves the requests arriving on `port`. What goes wrong outside any request's reach is logged
 * (to stderr, see WorkerClient). A promise that fails with nobody handling it is only logged:
 * its maker may still await it (a rejection counts as unhandled when nothing awaited it by the
 * end of its turn), so it is no sign that a request was lost. An uncaught exception ends the
 * thread, as the header says.
 */
export function serveRequests(port: MessagePort, handle: RequestHandler, post: Post, role: string): void {
  process.on('unhandledRejection', (reason) => console.error(`engine ${role} worker: a promise failed and nobody handled it:`, reason));
  process.on('uncaughtException', (error) => {
    console.error(`engine ${role} worker: uncaught exception; the thread stops and is replaced:`, error);
    post({ type: 'stopping', reason: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  });
  port.on('message', (request: WorkerRequest) => void answer(request, handle, post));
}
