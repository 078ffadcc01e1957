// The command line on a workspace with user profiles: nobody is signed in, so a command is refused
// until it names a profile with --user (its password from the environment, --password-env), and
// then it works as that profile.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestEngines, createTestEngine } from '../helpers/engine.js';
import { runCli } from '../helpers/cli.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

let home: string;
let file: string;

beforeAll(async () => {
  home = makeTempDir('workbench-cli-user-');
  file = path.join(home, 'profiles.workbench');
  const engine = createTestEngine();
  await engine.call('workspace.create', { path: file, name: 'profiles' });
  await engine.runJob('users.save', { name: 'wang', role: 'administrator', password: 'admin pass 1' });
  await engine.runJob('users.save', { name: 'li', role: 'analyst' });
  await closeTestEngines();
}, 120_000);

afterAll(() => removeTempDirs());

describe('--user', () => {
  it('is needed in a workspace with profiles', async () => {
    const run = await runCli(['info', '--workspace', file, '--json'], { home });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/sign in/);
  });

  it('signs in as the profile, with its password from the environment', async () => {
    const wrong = await runCli(['info', '--workspace', file, '--json', '--user', 'wang', '--password-env', 'WB_PW'], { home, env: { WB_PW: 'guess' } });
    expect(wrong.code).toBe(1);
    const run = await runCli(['info', '--workspace', file, '--json', '--user', 'wang', '--password-env', 'WB_PW'], { home, env: { WB_PW: 'admin pass 1' } });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).workspace).toBe(file);
  });

  it("works as the profile", async () => {
    const backup = await runCli(['backup', '--workspace', file, '--out', path.join(home, 'b.workbench-backup'), '--user', 'li'], { home });
    expect(backup.code, backup.stderr).toBe(0);
    const users = await runCli(['schedule', 'list', '--workspace', file, '--user', 'li'], { home });
    expect(users.code, users.stderr).toBe(0);
  });

  it('is in the usage of commands taking --workspace; --password-env alone is bad usage', async () => {
    expect((await runCli(['theft', '--help'], { home })).stdout).toMatch(/--user NAME/);
    const alone = await runCli(['info', '--workspace', file, '--password-env', 'WB_PW'], { home, env: { WB_PW: 'x' } });
    expect(alone.code).toBe(2);
  });
});
