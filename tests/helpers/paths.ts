// Where tests find the repository, the built engine and the shared real data.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Real public data, outside the repository (read its README). */
export const sharedDataDir = path.resolve(repoRoot, '..', 'shared', 'data');

export const builtWorker = path.join(repoRoot, 'dist', 'engine', 'worker.js');
export const builtWebHost = path.join(repoRoot, 'dist', 'engine', 'web.js');
export const cliLauncher = path.join(repoRoot, 'engine', 'hosts', 'cli', 'workbench.mjs');

/** Tests that go through worker threads need the engine bundles; say how to get them. */
export function requireEngineBuild(): void {
  for (const file of [builtWorker, builtWebHost, path.join(repoRoot, 'dist', 'engine', 'cli.js')]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(repoRoot, file)} is missing: run \`npm run build:engine\` before these tests.`);
  }
}
