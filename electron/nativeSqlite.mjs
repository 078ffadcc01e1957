// better-sqlite3-multiple-ciphers for Electron's ABI, built into build/electron-native/ and never in place:
// node_modules keeps npm's build for Node (tests, the CLI, the web host). Rebuilt only when
// missing or made for another Electron, better-sqlite3-multiple-ciphers, platform or architecture.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @param {string} root the app's package root */
export function electronNativeDir(root) {
  return path.join(root, 'build', 'electron-native');
}

/** @param {string} root @returns {string} */
export function electronSqliteBinding(root) {
  return path.join(electronNativeDir(root), 'node_modules', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node');
}

/**
 * Returns the path of better-sqlite3-multiple-ciphers's binary for this Electron, building it first when needed.
 * @param {string} root the app's package root
 * @param {(line: string) => void} say progress lines for the user
 * @returns {Promise<string>}
 */
export async function ensureElectronSqlite(root, say) {
  const dir = electronNativeDir(root);
  const binding = electronSqliteBinding(root);
  const electronVersion = require(path.join(root, 'node_modules', 'electron', 'package.json')).version;
  const sqliteDir = path.join(root, 'node_modules', 'better-sqlite3-multiple-ciphers');
  const sqliteVersion = require(path.join(sqliteDir, 'package.json')).version;
  const stamp = `electron ${electronVersion}, better-sqlite3-multiple-ciphers ${sqliteVersion}, ${process.platform}-${process.arch}\n`;
  const stampFile = path.join(dir, 'built-for.txt');
  if (fs.existsSync(binding) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return binding;

  say(`Preparing the database driver for Electron ${electronVersion} (once)…`);
  fs.rmSync(dir, { recursive: true, force: true });
  const target = path.join(dir, 'node_modules', 'better-sqlite3-multiple-ciphers');
  // A copy of the package without npm's Node build; the rebuild writes Electron's into it.
  fs.cpSync(sqliteDir, target, { recursive: true, filter: (src) => path.relative(sqliteDir, src).split(path.sep)[0] !== 'build' });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'electron-native', private: true, dependencies: { 'better-sqlite3-multiple-ciphers': sqliteVersion } }, null, 2),
  );
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: dir, electronVersion, onlyModules: ['better-sqlite3-multiple-ciphers'], force: true });
  if (!fs.existsSync(binding)) throw new Error(`the rebuild finished but ${binding} is missing`);
  fs.writeFileSync(stampFile, stamp);
  return binding;
}
