// What the app opens when it starts: the last workspace used, else the demo workspace, which
// the first launch generates (as a job, so the UI shows its progress), named in the language in
// effect. A demo file that cannot be opened (damaged, a pre-release build's) is left as it is
// and the demo generated beside it under the next free name, the job's log saying why: the app
// must not start with nothing open because of a file the user never chose.
import path from 'node:path';
import { contract } from '../api/contract.js';
import { EngineError, toErrorPayload } from '../api/errors.js';
import { demoWorkspaceName } from '../demo/params.js';
import type { Engine } from './engine.js';

/** The demo files the first launch tries, in order: demo.workbench, demo-2.workbench, ... */
function demoFile(workspacesDir: string, attempt: number): string {
  return path.join(workspacesDir, attempt === 1 ? 'demo.workbench' : `demo-${attempt}.workbench`);
}

/** Reopens the last workspace; with none, opens (or generates) the demo unless `demo` is false. */
export async function ensureWorkspace(engine: Engine, { demo = true }: { demo?: boolean } = {}): Promise<void> {
  const last = engine.home.recent().find((r) => r.exists);
  if (last) {
    try {
      await engine.openWorkspace(last.path);
      return;
    } catch (error) {
      // An encrypted workspace waits for its passphrase (the UI asks when it is opened from the
      // recent list) rather than the demo being opened in its place.
      if (error instanceof EngineError && error.code === 'workspace.passphrase_required') return;
      // unreadable now (moved, damaged): fall through to the demo
    }
  }
  if (!demo) return;
  const unusable: { file: string; reason: string }[] = [];
  for (let attempt = 1; ; attempt++) {
    const file = demoFile(engine.home.workspacesDir, attempt);
    try {
      await engine.openWorkspace(file);
      return;
    } catch (error) {
      if (error instanceof EngineError && error.code === 'not_found') {
        generateDemo(engine, file, unusable);
        return;
      }
      unusable.push({ file, reason: toErrorPayload(error).message });
    }
  }
}

function generateDemo(engine: Engine, file: string, unusable: { file: string; reason: string }[]): void {
  const args = contract['demo.create'].args.parse({ path: file, open: true });
  const notes = unusable.map(
    (u) => `${path.basename(u.file)} could not be opened, so the demo is generated into ${path.basename(file)} and that file is left as it is: ${u.reason}`,
  );
  engine.startJob('demo.create', { ...args, name: demoWorkspaceName(args.customers, engine.effectiveLanguage) }, notes);
}
