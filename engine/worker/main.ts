// Entry of every engine worker thread (query worker and job pool alike).
import { parentPort, workerData } from 'node:worker_threads';
import { EngineError } from '../api/errors.js';
import type { Db } from '../store/database.js';
import { openWorkspaceDb } from '../store/database.js';
import { jobHandlers, queryHandlers, internalOps } from '../services/index.js';
import type { QueryContext } from '../services/context.js';
import { recordInWorkspace } from './jobHistory.js';
import { runJob } from './jobRunner.js';
import { serveRequests } from './serve.js';
import type { WorkerData, WorkerMessage, WorkerRequest } from './protocol.js';

if (!parentPort) throw new Error('engine/worker/main must run as a worker thread');
const port = parentPort;
const post = (message: WorkerMessage) => port.postMessage(message);
const { role, ...folders } = workerData as WorkerData;

/**
 * A query worker keeps one connection per workspace, read-only: queries only read, and the
 * workspace was brought up to date when it was opened ('workspace.prepare'). Jobs open their own.
 */
const connections = new Map<string, Db>();

function queryContext(workspace: string | null): QueryContext {
  return {
    workspace,
    db() {
      if (!workspace) throw new EngineError('workspace.none_open', 'Open or create a workspace first.');
      let db = connections.get(workspace);
      if (!db) {
        db = openWorkspaceDb(workspace, { readonly: true });
        connections.set(workspace, db);
      }
      return db;
    },
  };
}

function closeConnections(): null {
  for (const db of connections.values()) db.close();
  connections.clear();
  return null;
}

async function handle(request: WorkerRequest): Promise<unknown> {
  if (request.type === 'job') {
    const handler = jobHandlers[request.method as keyof typeof jobHandlers];
    if (!handler) throw new EngineError('unknown_method', `No job '${request.method}'.`);
    return runJob(request, (ctx) => handler(ctx, request.args as never), post, folders);
  }
  if (request.type === 'record') return recordInWorkspace(request.workspace, request.row);
  if (request.method === 'connections.close') return closeConnections();
  const ctx = queryContext(request.workspace);
  const internal = internalOps[request.method as keyof typeof internalOps];
  if (internal) return internal(ctx, request.args as never);
  const query = queryHandlers[request.method as keyof typeof queryHandlers];
  if (!query) throw new EngineError('unknown_method', `No method '${request.method}'.`);
  return query(ctx, request.args as never);
}

serveRequests(port, handle, post, role);
