// The Electron launch test skips, and says why, on a machine that cannot run it; it never
// fails for what the machine lacks.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { prepareElectron, type MachineFacts } from './prepare.js';

afterAll(() => removeTempDirs());

/** An app folder whose node_modules/electron holds a (stand-in) downloaded binary, or not. */
function appRoot(withBinary: boolean): string {
  const root = makeTempDir('workbench-electron-prepare-');
  const electronDir = path.join(root, 'node_modules', 'electron');
  fs.mkdirSync(path.join(electronDir, 'dist'), { recursive: true });
  if (withBinary) {
    fs.writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
    fs.writeFileSync(path.join(electronDir, 'dist', 'electron'), '');
  }
  return root;
}

const builds = (binding: string): MachineFacts['ensureBinding'] => async () => binding;
const cannotBuild: MachineFacts['ensureBinding'] = async () => {
  throw new Error('gyp ERR! stack Error: getaddrinfo ENOTFOUND electronjs.org\n    at GetAddrInfoReqWrap.onlookup');
};
const withDisplay: NodeJS.ProcessEnv = { DISPLAY: ':99' };
const quiet = () => undefined;

describe('preparing the Electron launch test', () => {
  it('skips without an Electron binary', async () => {
    const machine = { platform: 'linux' as const, env: withDisplay, ensureBinding: builds('/x.node') };
    await expect(prepareElectron(appRoot(false), quiet, machine)).resolves.toEqual({
      ready: false,
      reason: expect.stringContaining('no Electron binary'),
    });
  });

  it('skips on Linux without a display', async () => {
    const machine = { platform: 'linux' as const, env: {}, ensureBinding: builds('/x.node') };
    await expect(prepareElectron(appRoot(true), quiet, machine)).resolves.toEqual({
      ready: false,
      reason: expect.stringContaining('no display'),
    });
  });

  it('skips, naming the first line of the cause, when better-sqlite3-multiple-ciphers cannot be built for Electron', async () => {
    const machine = { platform: 'linux' as const, env: withDisplay, ensureBinding: cannotBuild };
    const prepared = await prepareElectron(appRoot(true), quiet, machine);
    expect(prepared.ready).toBe(false);
    const reason = prepared.ready ? '' : prepared.reason;
    expect(reason).toContain('better-sqlite3-multiple-ciphers could not be built for Electron');
    expect(reason).toContain('ENOTFOUND electronjs.org');
    expect(reason).not.toContain('GetAddrInfoReqWrap');
  });

  it('is ready with the binary and the binding where everything is there', async () => {
    const root = appRoot(true);
    const machine = { platform: 'win32' as const, env: {}, ensureBinding: builds('/built/better_sqlite3.node') };
    await expect(prepareElectron(root, quiet, machine)).resolves.toEqual({
      ready: true,
      binary: path.join(root, 'node_modules', 'electron', 'dist', 'electron'),
      binding: '/built/better_sqlite3.node',
    });
  });
});
