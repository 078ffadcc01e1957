// Electron's security checklist as Doyensec's Electronegativity checks it, over electron/: no
// finding may stand except the few below, each suppressed for a written reason (and a
// suppression nothing matches any more fails too, so the list cannot go stale). The check of
// newer Electron releases is left out: it asks the network, which CI does not have; Electron's
// version is npm's to keep current.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';

afterAll(() => removeTempDirs());

interface Finding {
  check: string;
  file: string;
}

const suppressed: (Finding & { reason: string })[] = [
  {
    check: 'CSP_GLOBAL_CHECK',
    file: '',
    reason:
      'The CSP is a response header of every HTML page served from app://workbench (appProtocol.ts serveApp, engine/hosts/shared/contentSecurity.ts), which a scan of the source cannot see; tests/integration/web.test.ts checks the same header from the web host.',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'hardening.ts',
    reason: 'A review item: openExternally passes only https:// URLs to the system browser, never file:, smb: or custom schemes.',
  },
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'window.ts',
    reason: 'A review item: the sandboxed preload exposes only invoke(method, args) and on(event, handler) through contextBridge; ipc.ts checks that calls come from app://workbench.',
  },
];

interface Sarif {
  runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
}

it('finds nothing in electron/ beyond the suppressions with their reasons', async () => {
  const out = path.join(makeTempDir('electronegativity-'), 'findings.sarif');
  const cli = path.join(repoRoot, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
  const electron = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  await promisify(execFile)(
    process.execPath,
    [cli, '--input', path.join(repoRoot, 'electron'), '--output', out, '--relative', '--verbose', 'false', '--electron-version', electron, '--exclude-checks', 'AvailableSecurityFixesGlobalCheck'],
    { cwd: repoRoot, timeout: 60_000 },
  );
  const sarif = JSON.parse(fs.readFileSync(out, 'utf8')) as Sarif;
  const findings: Finding[] = sarif.runs.flatMap((run) =>
    run.results.map((r) => ({ check: r.ruleId, file: r.locations[0]?.physicalLocation.artifactLocation.uri.replace(/^file:\/\/\/?/, '') ?? '' })),
  );
  const isSuppressed = (f: Finding) => suppressed.some((s) => s.check === f.check && s.file === f.file);
  expect(findings.filter((f) => !isSuppressed(f))).toEqual([]);
  expect(suppressed.filter((s) => !findings.some((f) => f.check === s.check && f.file === s.file)).map((s) => s.check)).toEqual([]);
  for (const s of suppressed) expect(s.reason.length).toBeGreaterThan(40);
}, 90_000);

it('packages the app with Electron\'s fuses flipped', () => {
  const config = fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8');
  const block = /^electronFuses:\n((?: {2}.*\n)+)/m.exec(config)?.[1] ?? '';
  const fuses = Object.fromEntries([...block.matchAll(/^ {2}(\w+): (true|false)$/gm)].map((m) => [m[1], m[2] === 'true']));
  expect(fuses).toEqual({
    // On for the SQL console's child process (the reason is beside it in electron-builder.yml).
    runAsNode: true,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  });
});
