// Where the Node hosts (web, CLI) find the built pieces they need: the engine worker and the
// renderer. Both are resolved from the package root, so the same code works from the bundles
// in dist/engine and from the TypeScript sources under tests.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder holding this app's package.json, found by walking up from this module. */
export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && readManifest(manifest).name === 'power-marketing-workbench') return (root = dir);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("The app's package.json was not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

function readManifest(file: string): { name?: string; version?: string } {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
}

export function appVersion(): string {
  return readManifest(path.join(packageRoot(), 'package.json')).version ?? '0.0.0';
}

/** The built engine worker (npm run build:engine). */
export function workerScript(): string {
  return path.join(packageRoot(), 'dist', 'engine', 'worker.js');
}

/** The built user interface (npm run build:renderer). */
export function rendererDir(): string {
  return path.join(packageRoot(), 'dist', 'renderer');
}
