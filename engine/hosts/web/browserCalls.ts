// An API call from the page, and what the web host adds to it beyond the engine: the page may
// not choose where files are written, and an import of an upload ties the upload's lifetime to
// the import job.
import type { Args, MethodName, Result } from '../../api/contract.js';
import { EngineError } from '../../api/errors.js';
import type { Engine } from '../../host/engine.js';
import type { Uploads } from './uploads.js';

/**
 * Arguments naming where a new file is written. The desktop app fills them from a native save
 * dialog; a browser has none, and a path from a page could put a file anywhere on disk (an
 * export overwrites whatever is there). Through the web host, workspaces are created by name in
 * the workspaces folder and exports are written to the exports folder and downloaded from there.
 */
const saveLocations = {
  'workspace.create': 'path',
  'demo.create': 'path',
  'import.exportQuarantine': 'path',
  'cases.file': 'path',
} as const satisfies { [M in MethodName]?: keyof Args<M> };

export async function callFromBrowser(engine: Engine, uploads: Uploads, method: string, args: unknown): Promise<unknown> {
  refuseSaveLocation(method, args);
  const result = await engine.call(method as MethodName, args);
  if (method === 'import.run') {
    // engine.call validated the arguments: they are import.run's.
    const { jobId } = result as Result<'import.run'>;
    void uploads.importing((args as Args<'import.run'>).path, engine.jobs.wait(jobId));
  }
  if (method === 'cases.attach') {
    // The upload is kept in the workspace once attached: the uploaded copy goes as an import's does.
    const { jobId } = result as Result<'cases.attach'>;
    void uploads.importing((args as Args<'cases.attach'>).path, engine.jobs.wait(jobId));
  }
  return result;
}

function refuseSaveLocation(method: string, args: unknown): void {
  const argument = Object.hasOwn(saveLocations, method) ? saveLocations[method as keyof typeof saveLocations] : undefined;
  if (argument === undefined || typeof args !== 'object' || args === null || !Object.hasOwn(args, argument)) return;
  throw new EngineError(
    'unsupported',
    `In the browser, ${method} cannot be told where to write (leave out '${argument}'): workspaces are created by name in the app's ` +
      'workspaces folder, exports are written to its exports folder and downloaded from there. The desktop app lets you choose the place.',
    { method, argument },
  );
}
