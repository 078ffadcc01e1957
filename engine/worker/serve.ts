// How a worker thread answers the host: every request gets exactly one reply, and nothing one
// request does ends the thread, which would take every other request in flight down with it.
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
 * Serves the requests arriving on `port`. A promise that fails unobserved or an exception thrown
 * from a callback somewhere in engine code is logged (to stderr, see WorkerClient) instead of
 * ending the thread: the requests in flight complete and the worker keeps serving.
 */
export function serveRequests(port: MessagePort, handle: RequestHandler, post: Post, role: string): void {
  process.on('unhandledRejection', (reason) => console.error(`engine ${role} worker: a promise failed and nobody handled it:`, reason));
  process.on('uncaughtException', (error) => console.error(`engine ${role} worker: uncaught exception:`, error));
  port.on('message', (request: WorkerRequest) => void answer(request, handle, post));
}
