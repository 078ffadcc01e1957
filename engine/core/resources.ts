// Files under resources/ (header synonyms, calendars, demo seeds, translations) are read at
// run time, so that an analyst can edit them (e.g. next year's holiday table) without a rebuild.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The resources folder: WORKBENCH_RESOURCES, or resources/ at the package root above this file. */
export function resourcesDir(): string {
  if (process.env.WORKBENCH_RESOURCES) return process.env.WORKBENCH_RESOURCES;
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'resources');
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(candidate)) return (root = candidate);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('The resources folder was not found; set WORKBENCH_RESOURCES.');
    dir = parent;
  }
}

export function resourcePath(...parts: string[]): string {
  return path.join(resourcesDir(), ...parts);
}

export function readResourceJson<T>(...parts: string[]): T {
  return JSON.parse(fs.readFileSync(resourcePath(...parts), 'utf8')) as T;
}
