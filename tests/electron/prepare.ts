// What the Electron launch test needs from the machine: Electron's binary, a display to open
// a window on, and better-sqlite3-multiple-ciphers built for Electron's ABI (which takes a compiler and
// Electron's headers from the network the first time). A machine without one of them cannot
// run the test: that is the environment, not a fault of the app, so the test is skipped and
// says which one is missing.
import fs from 'node:fs';
import path from 'node:path';
import { ensureElectronSqlite } from '../../electron/nativeSqlite.mjs';

export type ElectronPreparation = { ready: true; binary: string; binding: string } | { ready: false; reason: string };

export interface MachineFacts {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** Builds (or finds) the Electron-ABI binding; rejects when it cannot. */
  ensureBinding(root: string, say: (line: string) => void): Promise<string>;
}

const thisMachine: MachineFacts = { platform: process.platform, env: process.env, ensureBinding: ensureElectronSqlite };

/** The binary Electron's package downloaded (node_modules/electron/path.txt names it), or null. */
export function electronBinary(root: string): string | null {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

export async function prepareElectron(root: string, say: (line: string) => void, machine: MachineFacts = thisMachine): Promise<ElectronPreparation> {
  const binary = electronBinary(root);
  if (!binary) return { ready: false, reason: 'no Electron binary on this machine (its download did not happen or failed)' };
  if (machine.platform === 'linux' && !machine.env.DISPLAY && !machine.env.WAYLAND_DISPLAY) {
    return { ready: false, reason: 'no display to open a window on (run the tests under xvfb-run)' };
  }
  try {
    return { ready: true, binary, binding: await machine.ensureBinding(root, say) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ready: false, reason: `better-sqlite3-multiple-ciphers could not be built for Electron (${why.split('\n')[0]}): it needs a compiler and Electron's headers, downloaded once` };
  }
}
