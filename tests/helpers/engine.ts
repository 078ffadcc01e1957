// An Engine over the built worker, in a temporary home, as a host process would create it.
import { Engine, type EngineOptions } from '../../engine/host/engine.js';
import type { EngineEvents, EventName } from '../../engine/api/contract.js';
import { builtWorker, requireEngineBuild } from './paths.js';
import { makeTempDir } from './tempDirs.js';

const engines: Engine[] = [];

export function createTestEngine(options: Partial<EngineOptions> = {}): Engine {
  requireEngineBuild();
  const engine = new Engine({
    workerScript: builtWorker,
    host: 'cli',
    version: '0.0.0-test',
    homeDir: makeTempDir('workbench-home-'),
    poolSize: 2,
    systemLocale: 'en-US',
    ...options,
  });
  engines.push(engine);
  return engine;
}

/** Call from afterAll (terminates the workers). */
export async function closeTestEngines(): Promise<void> {
  await Promise.all(engines.splice(0).map((e) => e.close()));
}

/** The first event of this kind that satisfies `accept`; rejects after `timeoutMs`. */
export function nextEvent<E extends EventName>(
  engine: Engine,
  event: E,
  accept: (payload: EngineEvents[E]) => boolean = () => true,
  timeoutMs = 30_000,
): Promise<EngineEvents[E]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no '${event}' event within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = engine.on(event, (payload) => {
      if (!accept(payload)) return;
      clearTimeout(timer);
      off();
      resolve(payload);
    });
  });
}
