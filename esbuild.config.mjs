// Builds the Node-side bundles: the engine worker, the web host, the CLI (ESM, dist/engine)
// and the Electron main process and preload (CommonJS, dist/electron). Dependencies stay
// external and load from node_modules; the preload is fully bundled because a sandboxed
// preload cannot require modules.
import * as esbuild from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
};

await Promise.all([
  esbuild.build({
    ...common,
    format: 'esm',
    packages: 'external',
    entryPoints: {
      worker: 'engine/worker/main.ts',
      web: 'engine/hosts/web/main.ts',
      cli: 'engine/hosts/cli/main.ts',
      // A batch forecast's threads, started by the job worker from beside it (engine/forecast/batch.ts).
      forecastBatch: 'engine/forecast/batchWorker.ts',
      // The SQL console's statement runner, a child process killed at its time limit (engine/query/sql/runner.ts).
      sqlConsole: 'engine/query/sql/child.ts',
    },
    outdir: 'dist/engine',
  }),
  esbuild.build({
    ...common,
    format: 'cjs',
    packages: 'external',
    entryPoints: { main: 'electron/main.ts' },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
  }),
  esbuild.build({
    ...common,
    format: 'cjs',
    external: ['electron'],
    entryPoints: { preload: 'electron/preload.ts' },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
  }),
]);
