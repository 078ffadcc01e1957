// What the app opens when it starts: the last workspace used, else the demo workspace, which
// the first launch generates (as a job, so the UI shows its progress), named in the language in
// effect.
import path from 'node:path';
import { contract } from '../api/contract.js';
import { EngineError } from '../api/errors.js';
import { demoWorkspaceName } from '../demo/params.js';
import type { Engine } from './engine.js';

/** Reopens the last workspace; with none, opens (or generates) the demo unless `demo` is false. */
export async function ensureWorkspace(engine: Engine, { demo = true }: { demo?: boolean } = {}): Promise<void> {
  const last = engine.home.recent().find((r) => r.exists);
  if (last) {
    try {
      await engine.openWorkspace(last.path);
      return;
    } catch {
      // unreadable now (moved, damaged): fall through to the demo
    }
  }
  if (!demo) return;
  const demoPath = path.join(engine.home.workspacesDir, 'demo.workbench');
  try {
    await engine.openWorkspace(demoPath);
  } catch (error) {
    if (!(error instanceof EngineError) || error.code !== 'not_found') throw error;
    const args = contract['demo.create'].args.parse({ path: demoPath, open: true });
    await engine.call('demo.create', { ...args, name: demoWorkspaceName(args.customers, engine.effectiveLanguage) });
  }
}
