// Entry of every engine worker thread (query worker and job pool alike).
import { parentPort, workerData } from 'node:worker_threads';
import type { AuditDraft } from '../api/auditTypes.js';
import { EngineError } from '../api/errors.js';
import { systemActor } from '../core/osUser.js';
import { jobHandlers, queryHandlers, internalOps } from '../services/index.js';
import { setWorkspaceKey } from '../store/keyring.js';
import { recordInWorkspace } from './jobHistory.js';
import { runJob } from './jobRunner.js';
import { QueryConnections } from './queryConnections.js';
import { serveRequests } from './serve.js';
import type { InternalOps, WorkerData, WorkerMessage, WorkerRequest } from './protocol.js';

if (!parentPort) throw new Error('engine/worker/main must run as a worker thread');
const port = parentPort;
const post = (message: WorkerMessage) => port.postMessage(message);
const { role, ...folders } = workerData as WorkerData;

/** A query worker's connections; jobs open their own. */
const connections = new QueryConnections();

async function handle(request: WorkerRequest): Promise<unknown> {
  if (request.workspace) setWorkspaceKey(request.workspace, request.passphrase);
  if (request.type === 'job') {
    const handler = jobHandlers[request.method as keyof typeof jobHandlers];
    if (!handler) throw new EngineError('unknown_method', `No job '${request.method}'.`);
    return runJob(request, (ctx) => handler(ctx, request.args as never), post, folders);
  }
  if (request.type === 'record') return recordInWorkspace(request.workspace, request.row, request.audit);
  if (request.method === 'connections.keep') return connections.keep((request.args as InternalOps['connections.keep']['args']).workspace);
  const internal = internalOps[request.method as keyof typeof internalOps];
  const query = queryHandlers[request.method as keyof typeof queryHandlers];
  if (!internal && !query) throw new EngineError('unknown_method', `No method '${request.method}'.`);
  const actor = request.actor ?? systemActor();
  const audit: AuditDraft[] = [];
  const result = await connections.answer(
    request.workspace,
    actor,
    (ctx) => (internal ?? query)(ctx, request.args as never),
    (note) => audit.push({ ...note, actor, at: new Date().toISOString() }),
  );
  // Before the reply, on the same port: the host has it when the reply arrives (WorkerClient).
  if (audit.length > 0) post({ type: 'audit', seq: request.seq, entries: audit });
  return result;
}

serveRequests(port, handle, post, role);
