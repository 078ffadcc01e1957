// What the app opens at start-up with no workspace used before (engine/host/firstLaunch.ts): the
// demo workspace, generated when there is none. A demo file that cannot be opened (damaged, a
// pre-release build's) does not leave the app with nothing open: it stays as it is, and the demo
// is generated beside it, the job's log saying why.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/host/engine.js';
import { closeTestEngines, createTestEngine, nextEvent } from '../helpers/engine.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

afterAll(async () => {
  await closeTestEngines();
  removeTempDirs();
});

/** An app folder whose workspaces folder holds a demo.workbench that is not a workspace. */
function homeWithUnusableDemo(): { homeDir: string; workspacesDir: string; unusable: string } {
  const homeDir = makeTempDir('workbench-home-');
  const workspacesDir = path.join(homeDir, 'workspaces');
  fs.mkdirSync(workspacesDir);
  const unusable = path.join(workspacesDir, 'demo.workbench');
  fs.writeFileSync(unusable, 'not a workspace');
  return { homeDir, workspacesDir, unusable };
}

async function cancelJob(engine: Engine, id: string): Promise<void> {
  await engine.call('jobs.cancel', { id });
  await nextEvent(engine, 'job.done', (d) => d.id === id, 60_000);
}

describe('the first launch, when the demo file cannot be opened', () => {
  it('generates the demo beside it under the next free name, leaves it as it is and says so in the job log', async () => {
    const { homeDir, workspacesDir, unusable } = homeWithUnusableDemo();
    const engine = createTestEngine({ homeDir });
    const generating = nextEvent(engine, 'job.progress', (p) => p.message.startsWith('Customers'), 60_000);
    await engine.ensureWorkspace();
    const { id } = await generating;
    try {
      expect(engine.jobs.detail(id)).toMatchObject({ method: 'demo.create', status: 'running' });
      expect(engine.jobs.detail(id)!.log[0]).toMatch(
        /^\S+ demo\.workbench could not be opened, so the demo is generated into demo-2\.workbench and that file is left as it is: .*is not a workspace file/,
      );
      expect(fs.existsSync(path.join(workspacesDir, 'demo-2.workbench.partial'))).toBe(true);
    } finally {
      await cancelJob(engine, id);
    }
    expect(fs.readFileSync(unusable, 'utf8')).toBe('not a workspace');
  });

  it('opens the demo generated beside it, without generating another', async () => {
    const { homeDir, workspacesDir } = homeWithUnusableDemo();
    const other = createTestEngine();
    await other.runJob('demo.create', { path: path.join(workspacesDir, 'demo-2.workbench'), customers: 50, days: 14, open: false });
    const engine = createTestEngine({ homeDir });
    await engine.ensureWorkspace();
    expect(engine.workspace).toMatchObject({ path: path.join(workspacesDir, 'demo-2.workbench'), isDemo: true });
    expect(engine.jobs.list()).toEqual([]);
  });
});
