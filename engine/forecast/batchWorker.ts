// Entry of a batch forecast's threads (dist/engine/forecastBatch.js): each opens the workspace
// read-only and forecasts the scopes the job hands it, one at a time, without saving; the job
// saves them all. A thread is ended by the job (terminate) when the batch is done or cancelled.
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorPayload } from '../api/errors.js';
import { openWorkspaceDb } from '../store/database.js';
import type { BatchReply, BatchTask, BatchWorkerData } from './batchProtocol.js';
import { runForecast } from './run.js';

if (!parentPort) throw new Error('engine/forecast/batchWorker must run as a worker thread');
const port = parentPort;
const { workspace, passphrase } = workerData as BatchWorkerData;
const db = openWorkspaceDb(workspace, { readonly: true, passphrase });

// The job stops the thread to cancel: nothing to do between steps here.
const quiet = { progress: () => undefined, log: () => undefined, throwIfCancelled: () => undefined };

port.on('message', (task: BatchTask) => {
  void runForecast(db, task.args, quiet).then(
    (run) => port.postMessage({ scope: task.args.scope, run } satisfies BatchReply),
    (error: unknown) => port.postMessage({ scope: task.args.scope, error: toErrorPayload(error, { path: workspace }) } satisfies BatchReply),
  );
});
