// The loopback web host as a browser, another local program or a hostile page meets it:
// token and cookie, Host and Origin checks, the API's reply shapes, the event socket,
// uploads and downloads.
import fs from 'node:fs';
import path from 'node:path';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../engine/api/contract.js';
import { safeFileName } from '../../engine/hosts/shared/fileNames.js';
import { request } from '../helpers/http.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { startWebHost, type RunningWebHost } from '../helpers/webHost.js';

let host: RunningWebHost;
let home: string;
let uiDir: string;

beforeAll(async () => {
  home = makeTempDir('workbench-web-home-');
  uiDir = makeTempDir('workbench-web-ui-');
  fs.mkdirSync(path.join(uiDir, 'assets'));
  fs.writeFileSync(path.join(uiDir, 'index.html'), '<!doctype html><title>Workbench</title><script type="module" src="./assets/app.js"></script>');
  fs.writeFileSync(path.join(uiDir, 'assets', 'app.js'), 'console.log("workbench");');
  host = await startWebHost({ home, args: ['--no-demo', '--ui', uiDir] });
});

afterAll(async () => {
  await host?.stop();
  removeTempDirs();
});

/** For what the host does in its own time (a job, a deletion after it): generous on a busy machine. */
const SLOW = { timeout: 30_000, interval: 50 };

const withToken = (headers: Record<string, string> = {}) => ({ 'X-Workbench-Token': host.token, ...headers });

/** Opens /events with these headers; rejects with the HTTP status of a refusal. */
function connectEvents(headers: Record<string, string>): Promise<WebSocket> {
  const socket = new WebSocket(`ws://127.0.0.1:${host.port}/events`, { headers });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_req, res) => reject(new Error(String(res.statusCode))));
    socket.once('error', reject);
  });
}

/** Starts a job over the API and waits until it has ended. */
async function runJob<T = unknown>(method: string, args: unknown): Promise<{ status: string; result?: T; error?: { code: string } }> {
  const started = await api<{ jobId: string }>(method, args);
  if (!started.reply.ok) throw new Error(started.reply.error.message);
  const { jobId } = started.reply.result;
  let job: { status: string; result?: T; error?: { code: string } } = { status: 'queued' };
  await expect
    .poll(async () => {
      const reply = (await api<typeof job>('jobs.get', { id: jobId })).reply;
      if (!reply.ok) throw new Error(reply.error.message);
      job = reply.result;
      return ['queued', 'running'].includes(job.status);
    }, SLOW)
    .toBe(false);
  return job;
}

function api<T>(method: string, args: unknown = {}, headers: Record<string, string> = withToken()) {
  return request(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(args),
  }).then((res) => ({ status: res.status, reply: res.json<Reply<T>>() }));
}

describe('the access token', () => {
  it('prints the address on 127.0.0.1 with a 32-byte token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(Buffer.from(host.token, 'base64url')).toHaveLength(32);
  });

  it('refuses requests without a token', async () => {
    for (const res of [await request(`${host.origin}/`), await request(`${host.origin}/api/app.info`, { method: 'POST', body: '{}' })]) {
      expect(res.status).toBe(401);
      expect(res.text()).toMatch(/token/);
    }
  });

  it('refuses a wrong token, in the address, a header or a cookie', async () => {
    const wrong = host.token.slice(0, -2) + (host.token.endsWith('AA') ? 'BB' : 'AA');
    expect((await request(`${host.origin}/?token=${wrong}`)).status).toBe(401);
    expect((await request(`${host.origin}/`, { headers: { 'X-Workbench-Token': wrong } })).status).toBe(401);
    expect((await request(`${host.origin}/`, { headers: { Cookie: `workbench_token_${host.port}=${wrong}` } })).status).toBe(401);
    expect((await request(`${host.origin}/`, { headers: { 'X-Workbench-Token': '' } })).status).toBe(401);
  });

  it('trades the token in the address for an HttpOnly, SameSite=Strict cookie and a clean address', async () => {
    const first = await request(`${host.origin}/data?tab=import&token=${host.token}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/data?tab=import');
    const cookie = first.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(new RegExp(`^workbench_token_${host.port}=${host.token};`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);

    const sneaky = await request(host.origin, { rawPath: `/.//attacker.example/?token=${host.token}` });
    expect(sneaky.headers.location).toBe('/attacker.example/');

    const page = await request(`${host.origin}/data?tab=import`, { headers: { Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const reply = await api('app.info', {}, { Cookie: cookie.split(';')[0]! });
    expect(reply.reply.ok).toBe(true);
  });
});

describe('the Host and Origin checks', () => {
  it('refuses a request for another host name, even with the token (DNS rebinding)', async () => {
    for (const hostHeader of [`attacker.example:${host.port}`, `127.0.0.1:${host.port + 1}`, '127.0.0.1']) {
      const res = await request(`${host.origin}/`, { headers: withToken({ Host: hostHeader }) });
      expect(res.status).toBe(421);
    }
  });

  it('answers localhost as well as 127.0.0.1', async () => {
    expect((await request(`${host.origin}/`, { headers: withToken({ Host: `localhost:${host.port}` }) })).status).toBe(200);
  });

  it('refuses calls from another web page', async () => {
    const res = await request(`${host.origin}/api/workspace.close`, {
      method: 'POST',
      headers: withToken({ Origin: 'https://attacker.example' }),
      body: '{}',
    });
    expect(res.status).toBe(403);
    const upload = await request(`${host.origin}/upload?name=a.csv`, { method: 'PUT', headers: withToken({ Origin: 'null' }), body: 'x' });
    expect(upload.status).toBe(403);
    expect((await api('app.info', {}, withToken({ Origin: host.origin }))).status).toBe(200);
  });
});

describe('requests from other pages', () => {
  // A page on another 127.0.0.1 port is 'same-site' and carries our cookie (cookies are not
  // port-scoped); a link or an image sends no Origin. The browser's Sec-Fetch-Site says who asks.
  const fromSite = (site: string) => withToken({ 'Sec-Fetch-Site': site });
  const pageFromSite = (site: string) => withToken({ 'Sec-Fetch-Site': site, Origin: host.origin });

  it('refuses the API, downloads, uploads and the event socket to another site or another port', async () => {
    const exportsDir = path.join(home, 'exports');
    fs.mkdirSync(exportsDir, { recursive: true });
    const exported = path.join(exportsDir, 'quarantine.xlsx');
    fs.writeFileSync(exported, 'PK');
    for (const site of ['cross-site', 'same-site']) {
      expect((await request(`${host.origin}/download?path=${encodeURIComponent(exported)}`, { headers: fromSite(site) })).status).toBe(403);
      expect((await request(`${host.origin}/api/app.info`, { method: 'POST', headers: fromSite(site), body: '{}' })).status).toBe(403);
      expect((await request(`${host.origin}/upload?name=a.csv`, { method: 'PUT', headers: fromSite(site), body: 'x' })).status).toBe(403);
      await expect(connectEvents(pageFromSite(site))).rejects.toThrow('403');
    }
  });

  it('answers our own pages and what the user opens directly', async () => {
    for (const site of ['same-origin', 'none']) {
      const exported = path.join(home, 'exports', 'quarantine.xlsx');
      expect((await request(`${host.origin}/download?path=${encodeURIComponent(exported)}`, { headers: fromSite(site) })).status).toBe(200);
      expect((await api('app.info', {}, fromSite(site))).status).toBe(200);
      (await connectEvents(pageFromSite(site))).close();
    }
  });

  it('lets another site open the app itself (a link or a bookmark), which it cannot read', async () => {
    expect((await request(`${host.origin}/`, { headers: fromSite('cross-site') })).status).toBe(200);
  });

  it('marks every answer as not to be embedded by another origin', async () => {
    const answers = [
      await request(`${host.origin}/`),
      await request(`${host.origin}/`, { headers: withToken({ Host: 'attacker.example' }) }),
      await request(`${host.origin}/?token=${host.token}`),
      await request(`${host.origin}/`, { headers: withToken() }),
      await request(`${host.origin}/assets/app.js`, { headers: withToken() }),
      await request(`${host.origin}/assets/missing.js`, { headers: withToken() }),
      await request(`${host.origin}/api/app.info`, { method: 'POST', headers: withToken(), body: '{}' }),
      await request(`${host.origin}/download?path=${encodeURIComponent(path.join(home, 'exports', 'quarantine.xlsx'))}`, { headers: withToken() }),
      await request(`${host.origin}/upload`, { method: 'PUT', headers: withToken(), body: 'x' }),
      await request(`${host.origin}/download`, { headers: fromSite('cross-site') }),
    ];
    expect(answers.map((res) => res.status)).toEqual([401, 421, 303, 200, 200, 404, 200, 200, 400, 403]);
    for (const res of answers) expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
  });
});

describe('the UI files', () => {
  it('serves HTML with a strict Content-Security-Policy and the security headers', async () => {
    const res = await request(`${host.origin}/`, { headers: withToken() });
    expect(res.status).toBe(200);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${host.port} ws://localhost:${host.port}`);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their content type, and the app for client-side routes', async () => {
    const script = await request(`${host.origin}/assets/app.js`, { headers: withToken() });
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    expect(script.text()).toContain('workbench');
    const route = await request(`${host.origin}/overview/areas`, { headers: withToken() });
    expect(route.status).toBe(200);
    expect(route.text()).toContain('<title>Workbench</title>');
  });

  it('answers 404 for missing files and paths that leave the UI folder', async () => {
    expect((await request(`${host.origin}/assets/missing.js`, { headers: withToken() })).status).toBe(404);
    const escape = await request(`${host.origin}/%2e%2e/%2e%2e/package.json`, { headers: withToken() });
    expect(escape.status).toBe(404);
  });
});

describe('the API', () => {
  it('answers a call with {ok: true, result}', async () => {
    const { status, reply } = await api<{ host: string; capabilities: { upload: boolean; nativeDialogs: boolean } }>('app.info');
    expect(status).toBe(200);
    expect(reply).toMatchObject({ ok: true, result: { host: 'web', capabilities: { upload: true, nativeDialogs: false } } });
  });

  it('answers engine errors with HTTP 200 and {ok: false, error: {code, message, details}}', async () => {
    const invalid = await api('workspace.open', { path: 42 });
    expect(invalid.status).toBe(200);
    expect(invalid.reply).toMatchObject({ ok: false, error: { code: 'validation', details: { method: 'workspace.open' } } });
    const unknown = await api('nothing.here');
    expect(unknown.reply).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const native = await api('dialog.openFiles', { purpose: 'import' });
    expect(native.reply).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('answers 400 for a body that is not JSON, 405 for GET, 413 for a huge body', async () => {
    const garbled = await request(`${host.origin}/api/app.info`, { method: 'POST', headers: withToken(), body: '{"unterminated' });
    expect(garbled.status).toBe(400);
    expect(garbled.json()).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect((await request(`${host.origin}/api/app.info`, { headers: withToken() })).status).toBe(405);
    const huge = await request(`${host.origin}/api/app.info`, { method: 'POST', headers: withToken(), body: 'x'.repeat(2 * 1024 * 1024) }).catch(
      (error: NodeJS.ErrnoException) => ({ status: error.code }),
    );
    // The host answers 413 and closes; the client may see the answer or the reset.
    expect([413, 'ECONNRESET', 'EPIPE']).toContain(huge.status);
  });
});

describe('the event socket', () => {
  const connect = connectEvents;

  it('pushes engine events to a page of this origin that carries the token', async () => {
    const socket = await connect(withToken({ Origin: host.origin }));
    const received: { event: string; payload: { workspace: { path: string } | null } }[] = [];
    socket.on('message', (data) => received.push(JSON.parse(String(data)) as (typeof received)[number]));
    const file = path.join(home, 'workspaces', 'events.workbench');
    expect((await api('workspace.create', { name: 'events' })).reply.ok).toBe(true);
    await expect.poll(() => received.find((m) => m.event === 'workspace.changed')).toMatchObject({ payload: { workspace: { path: file } } });
    socket.close();
  });

  it('refuses a socket without the token, or from another origin', async () => {
    await expect(connect({ Origin: host.origin })).rejects.toThrow('401');
    await expect(connect(withToken({ Origin: 'https://attacker.example' }))).rejects.toThrow('403');
    await expect(connect(withToken())).rejects.toThrow('403');
  });
});

describe('uploads', () => {
  it('stores the body under the uploads folder and answers its path, which the engine can preview', async () => {
    const content = '户号,户名,用电类别\n1001,张三,居民生活\n1002,李四,一般工商业\n';
    const res = await request(`${host.origin}/upload?name=${encodeURIComponent('城东 客户档案.csv')}`, {
      method: 'PUT',
      headers: withToken({ 'Content-Type': 'application/octet-stream' }),
      body: content,
    });
    expect(res.status).toBe(200);
    const { path: stored } = res.json<{ path: string }>();
    expect(stored.startsWith(path.join(home, 'uploads') + path.sep)).toBe(true);
    expect(path.basename(stored)).toBe('城东 客户档案.csv');
    expect(fs.readFileSync(stored, 'utf8')).toBe(content);

    const preview = await api<{ path: string; kind: string }>('import.preview', { path: stored });
    expect(preview.reply).toMatchObject({ ok: true, result: { path: stored, kind: 'customers' } });
  });

  it('keeps an upload after a failed import, for another try, and deletes it once imported', async () => {
    const res = await request(`${host.origin}/upload?name=${encodeURIComponent('客户档案.csv')}`, {
      method: 'PUT',
      headers: withToken(),
      body: '户号,户名,用电类别\n3300000001,钱九,居民生活\n',
    });
    const { path: stored } = res.json<{ path: string }>();
    expect((await api('workspace.create', { name: 'uploads-test' })).reply.ok).toBe(true);
    const importAs = async (kind: string) => (await runJob('import.run', { path: stored, kind })).status;

    expect(await importAs('bills')).toBe('failed'); // the wrong kind: the user goes back to the preview
    expect(fs.existsSync(stored)).toBe(true);
    expect(await importAs('customers')).toBe('succeeded');
    await expect.poll(() => fs.existsSync(path.dirname(stored)), SLOW).toBe(false);
  });

  it('keeps a hostile file name inside its upload folder', async () => {
    const res = await request(`${host.origin}/upload?name=${encodeURIComponent('../../settings.json')}`, {
      method: 'PUT',
      headers: withToken(),
      body: 'x',
    });
    const { path: stored } = res.json<{ path: string }>();
    expect(path.dirname(path.dirname(stored))).toBe(path.join(home, 'uploads'));
    expect(path.basename(stored)).toBe(safeFileName('../../settings.json', 'upload'));
  });

  it('needs a file name and PUT', async () => {
    expect((await request(`${host.origin}/upload`, { method: 'PUT', headers: withToken(), body: 'x' })).status).toBe(400);
    expect((await request(`${host.origin}/upload?name=a.csv`, { method: 'POST', headers: withToken(), body: 'x' })).status).toBe(405);
  });
});

describe('downloads', () => {
  const download = (p: string) => request(`${host.origin}/download?path=${encodeURIComponent(p)}`, { headers: withToken() });

  it('serves a file of the exports folder as an attachment with its UTF-8 name', async () => {
    const exportsDir = path.join(home, 'exports');
    fs.mkdirSync(exportsDir, { recursive: true });
    const file = path.join(exportsDir, '隔离行 2024.xlsx');
    fs.writeFileSync(file, Buffer.from('PK\u0003\u0004 not really a workbook'));
    const res = await download(file);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="___ 2024.xlsx"; filename*=UTF-8''${encodeURIComponent('隔离行 2024.xlsx')}`,
    );
    expect(res.body.equals(fs.readFileSync(file))).toBe(true);
  });

  it('refuses anything outside the exports folder', async () => {
    fs.writeFileSync(path.join(home, 'secret.txt'), 'not for download');
    expect((await download(path.join(home, 'secret.txt'))).status).toBe(403);
    expect((await download(path.join(home, 'exports', '..', 'secret.txt'))).status).toBe(403);
    expect((await download('/etc/passwd')).status).toBe(403);
    expect((await download(path.join(home, 'exports'))).status).toBe(403);
    fs.symlinkSync(path.join(home, 'secret.txt'), path.join(home, 'exports', 'link.txt'));
    expect((await download(path.join(home, 'exports', 'link.txt'))).status).toBe(403);
    expect((await request(`${host.origin}/download`, { headers: withToken() })).status).toBe(403);
  });

  it('says so when an export is gone', async () => {
    expect((await download(path.join(home, 'exports', 'deleted.xlsx'))).status).toBe(404);
  });
});

describe('where files are written', () => {
  it('refuses a page the choice of where a workspace or an export goes, and writes nothing there', async () => {
    const elsewhere = makeTempDir('workbench-web-elsewhere-');
    const refused: [string, Record<string, unknown>][] = [
      ['workspace.create', { path: path.join(elsewhere, 'region.workbench'), name: 'region' }],
      ['demo.create', { path: path.join(elsewhere, 'demo.workbench'), customers: 50, days: 14, open: false }],
      ['import.exportQuarantine', { importId: 1, path: path.join(elsewhere, 'bashrc') }],
    ];
    for (const [method, args] of refused) {
      const { reply } = await api(method, args);
      expect(reply).toMatchObject({ ok: false, error: { code: 'unsupported', details: { method, argument: 'path' } } });
    }
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  it('exports quarantined rows to the exports folder, for the page to download', async () => {
    expect((await api('workspace.create', { name: 'exports-test' })).reply.ok).toBe(true);
    const file = path.join(makeTempDir(), 'customers.csv');
    fs.writeFileSync(file, '户号,户名,用电类别\n3400000001,孙十,居民生活\n,无户号,居民生活\n');
    const imported = await runJob<{ importId: number; quarantined: number }>('import.run', { path: file, kind: 'customers' });
    expect(imported.result).toMatchObject({ quarantined: 1 });
    const exported = await runJob<{ path: string; fileName: string }>('import.exportQuarantine', { importId: imported.result!.importId });
    expect(exported.status).toBe('succeeded');
    expect(path.dirname(exported.result!.path)).toBe(path.join(home, 'exports'));
    const res = await request(`${host.origin}/download?path=${encodeURIComponent(exported.result!.path)}`, { headers: withToken() });
    expect(res.status).toBe(200);
    expect(res.body.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('start and stop', () => {
  it('says how to build the UI when it is missing', async () => {
    const other = await startWebHost({ home: makeTempDir(), args: ['--no-demo', '--ui', makeTempDir()] });
    try {
      const res = await request(`${other.origin}/`, { headers: { 'X-Workbench-Token': other.token } });
      expect(res.status).toBe(503);
      expect(res.text()).toContain('npm run build');
    } finally {
      await other.stop();
    }
  });

  it('opens the workspace given with --workspace', async () => {
    const file = path.join(home, 'workspaces', 'events.workbench');
    const other = await startWebHost({ home: makeTempDir(), args: ['--ui', uiDir, '--workspace', file] });
    try {
      const res = await request(`${other.origin}/api/workspace.current`, { method: 'POST', headers: { 'X-Workbench-Token': other.token }, body: '{}' });
      expect(res.json()).toMatchObject({ ok: true, result: { path: file } });
    } finally {
      await other.stop();
    }
  });

  it('stops cleanly on SIGTERM', async () => {
    const other = await startWebHost({ home: makeTempDir(), args: ['--no-demo', '--ui', uiDir] });
    const exited = new Promise<number | null>((resolve) => other.child.once('exit', (code) => resolve(code)));
    other.child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('rejects bad options with exit code 2 and the usage', async () => {
    await expect(startWebHost({ home: makeTempDir(), args: ['--port', 'eighty'] })).rejects.toThrow(/exited with code 2[\s\S]*--port must be a port number/);
  });
});
