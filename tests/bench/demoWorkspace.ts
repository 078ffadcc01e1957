// The demo workspaces the benchmarks read, generated once into the OS temp folder by the
// built CLI. A cached file is named after the demo generator's own sources (engine/demo and
// resources/demo), so a change to what the demo holds makes a new file instead of reusing a stale one.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, requireEngineBuild } from '../helpers/paths.js';

export interface DemoParams {
  seed: number;
  customers: number;
  days: number;
}

/** The app's default demo: 5,000 customers over 2 years. */
export const DEFAULT_DEMO: DemoParams = { seed: 1, customers: 5000, days: 730 };

function generatorFingerprint(): string {
  const hash = createHash('sha256');
  for (const folder of ['engine/demo', 'resources/demo']) {
    const dir = path.join(repoRoot, folder);
    for (const name of fs.readdirSync(dir).sort()) hash.update(name).update(fs.readFileSync(path.join(dir, name)));
  }
  return hash.digest('hex').slice(0, 8);
}

/** The demo workspace of `params`, generated on first use; read it or copy it, never change it. */
export function cachedDemo(params: DemoParams = DEFAULT_DEMO): string {
  const file = path.join(os.tmpdir(), `workbench-bench-demo-${params.seed}-${params.customers}x${params.days}-${generatorFingerprint()}.workbench`);
  if (!fs.existsSync(file)) {
    requireEngineBuild();
    const t0 = Date.now();
    const partial = `${file}.partial`;
    fs.rmSync(partial, { force: true });
    const cli = path.join(repoRoot, 'dist', 'engine', 'cli.js');
    const run = spawnSync(process.execPath, [cli, 'demo', '--out', partial, '--seed', String(params.seed), '--customers', String(params.customers), '--days', String(params.days)], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (run.status !== 0) throw new Error(`workbench demo failed (exit ${run.status})`);
    fs.renameSync(partial, file);
    console.log(`generated ${file} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  return file;
}
