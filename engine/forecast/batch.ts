// forecast.batch: every area (feeder, supply unit) of the workspace forecast in one job on every
// core. The job starts one thread per core (batchWorker.ts, each with a read-only connection),
// hands each a scope as soon as it is free, and saves every run that succeeded in one
// transaction with one batch id on the job's own connection. Cancelling terminates the
// threads; nothing is saved then.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Args } from '../api/contract.js';
import { EngineError, type ErrorPayload } from '../api/errors.js';
import type { BatchForecastResult, ForecastRun, ForecastScopeOption } from '../api/forecastTypes.js';
import type { JobContext } from '../services/context.js';
import type { BatchReply, BatchTask, BatchWorkerData } from './batchProtocol.js';
import { isFitted } from './run.js';
import { saveRun } from './runStore.js';
import { listScopes } from './scope.js';
import { workspaceKey } from '../store/keyring.js';

export type BatchArgs = Args<'forecast.batch'>;

/** The threads' entry, built beside the engine worker (esbuild.config.mjs: forecastBatch). */
const batchWorkerScript = new URL('./forecastBatch.js', import.meta.url);

const CANCEL_POLL_MS = 100;
const MAX_SCOPES = 100_000;

export async function runBatch(ctx: JobContext, args: BatchArgs): Promise<BatchForecastResult> {
  const started = Date.now();
  const db = ctx.db();
  const workspace = ctx.workspace!; // ctx.db() threw when none is open
  const scopes = listScopes(db, { kind: args.level, limit: MAX_SCOPES }).options.filter((o) => o.kind === args.level);
  const workers = Math.max(1, Math.min(os.availableParallelism(), scopes.length));
  ctx.log(`forecasting ${scopes.length} scopes of kind ${args.level} on ${workers} threads`);
  ctx.progress(0, `0 of ${scopes.length} scopes`, { done: 0, total: scopes.length });

  const replies = await forecastAll(ctx, workspace, scopes, args, workers);
  ctx.throwIfCancelled();

  const batchId = randomUUID();
  const prefix = args.name ?? `Batch ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`;
  const runs: BatchForecastResult['runs'] = [];
  db.transaction(() => {
    for (const scope of scopes) {
      const reply = replies.get(scope.selector)!;
      if ('run' in reply) {
        const run: ForecastRun = { ...reply.run, name: `${prefix} · ${reply.run.scopeLabel}`, batchId };
        const runId = saveRun(db, run, batchId);
        const { points: _points, history: _history, metrics: _metrics, errorHeatmap: _heatmap, weights: _weights, station: _station, checks, ...info } = run;
        runs.push({ ...info, runId, checks: checks.length, failed: null });
      } else {
        runs.push(failedRun(scope, args, batchId, reply.error));
      }
    }
  })();
  const failed = runs.filter((r) => r.failed !== null).length;
  const seconds = (Date.now() - started) / 1000;
  ctx.log(`saved ${runs.length - failed} runs as batch ${batchId}; ${failed} scopes failed; ${seconds.toFixed(1)} s on ${workers} threads`);
  return { batchId, runs, workers, seconds };
}

/** Runs every scope on `workers` threads; resolves with each scope's reply, or rejects when cancelled or a thread dies. */
function forecastAll(
  ctx: JobContext,
  workspace: string,
  scopes: ForecastScopeOption[],
  args: BatchArgs,
  workers: number,
): Promise<Map<string, BatchReply>> {
  const replies = new Map<string, BatchReply>();
  if (scopes.length === 0) return Promise.resolve(replies);
  const threads: Worker[] = [];
  let next = 0;
  return new Promise<Map<string, BatchReply>>((resolve, reject) => {
    let ended = false;
    const end = (error: unknown) => {
      if (ended) return;
      ended = true;
      clearInterval(poll);
      for (const thread of threads) void thread.terminate();
      if (error) reject(error);
      else resolve(replies);
    };
    const poll = setInterval(() => {
      if (ctx.cancelled) end(new EngineError('cancelled', 'Cancelled by the user; nothing of it was kept.'));
    }, CANCEL_POLL_MS);
    const give = (thread: Worker) => {
      const scope = scopes[next++];
      if (!scope) return;
      const task: BatchTask = { args: runArgs(scope.selector, args) };
      thread.postMessage(task);
    };
    for (let i = 0; i < workers; i++) {
      const thread = new Worker(batchWorkerScript, { workerData: { workspace, passphrase: workspaceKey(workspace) } satisfies BatchWorkerData });
      threads.push(thread);
      thread.on('message', (reply: BatchReply) => {
        replies.set(reply.scope, reply);
        ctx.log('run' in reply ? `${reply.scope}: ${reply.run.chosen}, MAPE ${reply.run.mape?.toFixed(2) ?? '-'}%` : `${reply.scope}: failed: ${reply.error.message}`);
        ctx.progress(replies.size / scopes.length, `${replies.size} of ${scopes.length} scopes`, { done: replies.size, total: scopes.length });
        if (replies.size === scopes.length) end(null);
        else give(thread);
      });
      thread.on('error', (error) => end(error));
      thread.on('exit', (code) => {
        if (!ended) end(new EngineError('internal', `A forecasting thread stopped (exit code ${code}) before the batch was done.`));
      });
      give(thread);
    }
  });
}

function runArgs(scope: string, args: BatchArgs): BatchTask['args'] {
  return {
    scope,
    resolution: args.resolution,
    ...(args.start !== undefined ? { start: args.start } : {}),
    horizonHours: args.horizonHours,
    model: args.model,
    // A model asked for by name is the only one fitted: a batch of hundreds of scopes has no use for the others.
    ...(isFitted(args.model) ? { models: [args.model] } : {}),
    origins: args.origins,
    originStepDays: 7,
    save: false,
  };
}

/** A scope that could not be forecast, listed with the reason. */
function failedRun(scope: ForecastScopeOption, args: BatchArgs, batchId: string, error: ErrorPayload): BatchForecastResult['runs'][number] {
  return {
    runId: null,
    name: scope.label,
    createdAt: new Date().toISOString(),
    scope: scope.selector,
    scopeLabel: scope.label,
    resolution: args.resolution,
    start: args.start ?? '',
    horizonHours: args.horizonHours,
    unit: args.resolution === 'day' ? 'kWh' : 'kW',
    model: args.model,
    // Nothing was chosen: the model asked for when it is a fitted one, else the ensemble it would have weighed.
    chosen: args.model === 'auto' ? 'ensemble' : args.model,
    mape: null,
    scenario: null,
    batchId,
    checks: 0,
    failed: error.message,
    error,
  };
}
