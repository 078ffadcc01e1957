// The command line on an encrypted workspace: --passphrase-env names the environment variable
// holding the passphrase (never the passphrase itself), for any command taking --workspace.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkspaceDb } from '../../engine/store/database.js';
import { runCli } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/tempDirs.js';

let home: string;
let file: string;

beforeAll(async () => {
  home = makeTempDir('workbench-cli-passphrase-');
  file = path.join(home, 'locked.workbench');
  const made = await runCli(['demo', '--out', file, '--customers', '50', '--days', '20'], { home });
  expect(made.code, made.stderr).toBe(0);
  const db = openWorkspaceDb(file);
  db.pragma('journal_mode = DELETE');
  db.rekey(Buffer.from('cli secret', 'utf8'));
  db.pragma('journal_mode = WAL');
  db.close();
}, 120_000);

describe('--passphrase-env', () => {
  it('opens an encrypted workspace with the passphrase from the environment', async () => {
    const run = await runCli(['info', '--workspace', file, '--passphrase-env', 'WB_PASS', '--json'], { home, env: { WB_PASS: 'cli secret' } });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toBeTruthy();
  });

  it('says a passphrase is needed, or that it is wrong', async () => {
    const none = await runCli(['info', '--workspace', file], { home });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/encrypted/);
    const wrong = await runCli(['info', '--workspace', file, '--passphrase-env=WB_PASS'], { home, env: { WB_PASS: 'guess' } });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/passphrase does not open/);
  });

  it('is bad usage when the variable is not set, and is in the usage of commands taking --workspace', async () => {
    const unset = await runCli(['info', '--workspace', file, '--passphrase-env', 'WB_NOT_SET_ANYWHERE'], { home });
    expect(unset.code).toBe(2);
    expect(unset.stderr).toMatch(/WB_NOT_SET_ANYWHERE/);
    const help = await runCli(['theft', '--help'], { home });
    expect(help.stdout).toMatch(/--passphrase-env VAR/);
    expect((await runCli(['text', '--help'], { home })).stdout).not.toMatch(/--passphrase-env/);
  });
});
