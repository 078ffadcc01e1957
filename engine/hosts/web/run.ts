// `npm run web` / `workbench web`: the Engine (host 'web') behind the loopback server. Prints
// the address with its token on one line of stdout, which is how users (and tests) find it.
import { parseArgs } from 'node:util';
import { Engine } from '../../host/engine.js';
import { appVersion, rendererDir, workerScript } from '../shared/appPaths.js';
import { startWebServer, type WebServer } from './server.js';

export const webUsage = `Usage: workbench web [--port N] [--workspace <file>] [--home <dir>] [--no-demo] [--ui <dir>]

Serves the workbench to your browser on this computer only (127.0.0.1).
  --port N            port to listen on (default: a free port)
  --workspace <file>  open this workspace
  --home <dir>        the app folder (settings, recent workspaces); default WORKBENCH_HOME
                      or the platform's application-data folder
  --no-demo           do not open or generate the demo workspace when no workspace was used before
  --ui <dir>          serve the user interface from this folder (default: the built dist/renderer)`;

export class WebUsageError extends Error {}

export interface WebHostArgs {
  port: number;
  workspace?: string;
  home?: string;
  demo: boolean;
  uiDir: string;
}

export function parseWebArgs(argv: string[]): WebHostArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        workspace: { type: 'string' },
        home: { type: 'string' },
        'no-demo': { type: 'boolean' },
        ui: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new WebUsageError((error as Error).message);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new WebUsageError(`--port must be a port number (0-65535), not '${values.port}'.`);
  return {
    port,
    ...(values.workspace ? { workspace: values.workspace } : {}),
    ...(values.home ? { home: values.home } : {}),
    demo: !values['no-demo'],
    uiDir: values.ui ?? rendererDir(),
  };
}

/** Starts the web host and runs until SIGINT or SIGTERM. */
export async function runWebHost(argv: string[]): Promise<void> {
  const args = parseWebArgs(argv);
  const engine = new Engine({
    workerScript: workerScript(),
    host: 'web',
    version: appVersion(),
    capabilities: { upload: true },
    ...(args.home ? { homeDir: args.home } : {}),
  });
  let server: WebServer | null = null;
  let stopping = false;
  // Installed before anything slow, so that a signal during start-up also stops cleanly.
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130); // a second Ctrl+C: do not wait any longer
    stopping = true;
    console.error(`${signal}: stopping the workbench…`);
    Promise.all([server?.close(), engine.close()]).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  try {
    if (args.workspace) await engine.openWorkspace(args.workspace);
    else await engine.ensureWorkspace({ demo: args.demo });
  } catch (error) {
    // The page can still open or create another workspace.
    console.error(`The workspace could not be opened: ${(error as Error).message}`);
  }
  if (stopping) return;
  server = await startWebServer(engine, { port: args.port, uiDir: args.uiDir });
  console.log(`Workbench: ${server.url}`);
}
