// An API call from the page, and what the web host adds to it beyond the engine: an import of
// an upload ties the upload's lifetime to the import job.
import type { Args, MethodName, Result } from '../../api/contract.js';
import type { Engine } from '../../host/engine.js';
import type { Uploads } from './uploads.js';

export async function callFromBrowser(engine: Engine, uploads: Uploads, method: string, args: unknown): Promise<unknown> {
  const result = await engine.call(method as MethodName, args);
  if (method === 'import.run') {
    // engine.call validated the arguments: they are import.run's.
    const { jobId } = result as Result<'import.run'>;
    void uploads.importing((args as Args<'import.run'>).path, engine.jobs.wait(jobId));
  }
  return result;
}
