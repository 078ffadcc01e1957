// `npm start`: runs the desktop app. Finds Electron's binary (its package downloads it on the
// first launch), prepares better-sqlite3-multiple-ciphers for Electron, then starts Electron on this app.
// `npm run dist` (`--package`): builds the app and packages it with electron-builder.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronSqlite } from './nativeSqlite.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const say = (line) => console.error(line);

/** The Electron executable, or null when it is not there and cannot be downloaded. */
function findElectron() {
  if (!fs.existsSync(path.join(root, 'node_modules', 'electron', 'path.txt'))) say('Downloading Electron (first start only)…');
  // In a child process: `require('electron')` downloads the binary when it is missing and
  // prints its own noise when that fails; we only want its answer.
  const result = spawnSync(process.execPath, ['-e', "process.stdout.write('\\nELECTRON=' + require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const found = /\nELECTRON=(.+)$/.exec(result.stdout ?? '')?.[1];
  return result.status === 0 && found && fs.existsSync(found) ? found : null;
}

function run(command, commandArgs, env = process.env, shell = false) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env, shell });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  });
}

async function packageApp() {
  // Under `npm run dist`, npm names its own script; Windows runs a bare `npm` only through a shell.
  const npmCli = process.env.npm_execpath;
  const built = npmCli
    ? await run(process.execPath, [npmCli, 'run', 'build'])
    : await run('npm', ['run', 'build'], process.env, process.platform === 'win32');
  if (built !== 0) return built;
  // electron-builder rebuilds better-sqlite3-multiple-ciphers for Electron (npmRebuild) in node_modules itself;
  // put Node's build back afterwards, or the tests, the CLI and the web host would stop working.
  const nodeBuild = path.join(root, 'node_modules', 'better-sqlite3-multiple-ciphers', 'build');
  const saved = path.join(root, 'build', 'node-sqlite-build');
  fs.rmSync(saved, { recursive: true, force: true });
  fs.cpSync(nodeBuild, saved, { recursive: true });
  try {
    const builder = path.join(root, 'node_modules', 'electron-builder', 'cli.js');
    return await run(process.execPath, [builder, '--config', 'electron-builder.yml', ...args.filter((a) => a !== '--package')]);
  } finally {
    fs.rmSync(nodeBuild, { recursive: true, force: true });
    fs.renameSync(saved, nodeBuild);
  }
}

async function startApp() {
  for (const built of ['dist/electron/main.cjs', 'dist/engine/worker.js', 'dist/renderer/index.html']) {
    if (!fs.existsSync(path.join(root, built))) {
      say(`The app is not built (${built} is missing). Run \`npm run build\`, then \`npm start\`.`);
      return 1;
    }
  }
  const electron = findElectron();
  if (!electron) {
    say('Electron is not available on this machine (its binary could not be downloaded). Run `npm run web` to use the same app in your browser.');
    return 1;
  }
  let binding;
  try {
    binding = await ensureElectronSqlite(root, say);
  } catch (error) {
    say(`The database driver could not be built for Electron (${error instanceof Error ? error.message : error}). Run \`npm run web\` to use the same app in your browser.`);
    return 1;
  }
  return run(electron, ['.', ...args], { ...process.env, WORKBENCH_SQLITE_BINDING: binding });
}

process.exitCode = await (args.includes('--package') ? packageApp() : startApp());
