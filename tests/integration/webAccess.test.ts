// The web host answers only on loopback and only with this launch's token, on every door it
// has: each API method of the contract (enumerated, so a new one is covered), the event socket,
// downloads, uploads and the UI's files. It listens on 127.0.0.1 alone (no other interface
// reaches it) and refuses any Host header but its own (DNS rebinding).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../engine/api/contract.js';
import { Access } from '../../engine/hosts/web/access.js';
import { request } from '../helpers/http.js';
import { makeTempDir, removeTempDirs } from '../helpers/tempDirs.js';
import { startWebHost, type RunningWebHost } from '../helpers/webHost.js';

let host: RunningWebHost;
let home: string;
let exported: string;

beforeAll(async () => {
  home = makeTempDir('workbench-access-home-');
  const uiDir = makeTempDir('workbench-access-ui-');
  fs.mkdirSync(path.join(uiDir, 'assets'));
  fs.writeFileSync(path.join(uiDir, 'index.html'), '<!doctype html><title>Workbench</title>');
  fs.writeFileSync(path.join(uiDir, 'assets', 'app.js'), 'console.log("workbench");');
  host = await startWebHost({ home, args: ['--no-demo', '--ui', uiDir] });
  exported = path.join(home, 'exports', 'report.csv');
  fs.mkdirSync(path.dirname(exported), { recursive: true });
  fs.writeFileSync(exported, 'a,b\n1,2\n');
});

afterAll(async () => {
  await host?.stop();
  removeTempDirs();
});

/** Ways of not having the token: none, a wrong one of the same length, a prefix, another case, in a header or a cookie. */
function badCredentials(): Record<string, string>[] {
  const token = host.token;
  const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
  const cookie = (value: string) => ({ Cookie: `workbench_token_${host.port}=${value}` });
  return [
    {},
    { 'X-Workbench-Token': '' },
    { 'X-Workbench-Token': flipped },
    { 'X-Workbench-Token': token.slice(0, 20) },
    { 'X-Workbench-Token': `${token}x` },
    { 'X-Workbench-Token': token.toUpperCase() === token ? token.toLowerCase() : token.toUpperCase() },
    cookie(flipped),
    cookie(''),
    // Another launch's cookie (another port) carries that launch's name.
    { Cookie: `workbench_token_${host.port + 1}=${token}` },
  ];
}

function connectEvents(headers: Record<string, string>): Promise<WebSocket> {
  const socket = new WebSocket(`ws://127.0.0.1:${host.port}/events`, { headers });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_req, res) => reject(new Error(String(res.statusCode))));
    socket.once('error', reject);
  });
}

/** The statuses of one request sent with each bad credential. */
async function statusesWithout(url: string, options: { method?: string; body?: string } = {}): Promise<number[]> {
  const statuses: number[] = [];
  for (const headers of badCredentials()) statuses.push((await request(url, { ...options, headers: { 'Content-Type': 'application/json', ...headers } })).status);
  return statuses;
}

describe('where the host listens', () => {
  it('is bound to 127.0.0.1 alone: every other address of this machine is refused', async () => {
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((address): address is os.NetworkInterfaceInfo => address !== undefined && !address.internal)
      .map((address) => address.address);
    const connects = (address: string) =>
      new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address, port: host.port, timeout: 2000 });
        socket.once('connect', () => (socket.destroy(), resolve(true)));
        socket.once('error', () => resolve(false));
        socket.once('timeout', () => (socket.destroy(), resolve(false)));
      });
    expect(await connects('127.0.0.1')).toBe(true);
    for (const address of others) expect([address, await connects(address)]).toEqual([address, false]);
  });

  it('names 127.0.0.1 in its printed address', () => {
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
  });
});

describe('the Host header (DNS rebinding)', () => {
  const foreign = () => [`attacker.example:${host.port}`, `127.0.0.1.attacker.example:${host.port}`, `localhost.attacker.example:${host.port}`, `0.0.0.0:${host.port}`, `[::1]:${host.port + 1}`, `127.0.0.1:${host.port + 1}`, 'localhost'];

  it('refuses every page, API call and download for another host, even with the token', async () => {
    for (const hostHeader of foreign()) {
      const withToken = { Host: hostHeader, 'X-Workbench-Token': host.token };
      expect([hostHeader, (await request(`${host.origin}/`, { headers: withToken })).status]).toEqual([hostHeader, 421]);
      expect((await request(`${host.origin}/api/app.info`, { method: 'POST', headers: withToken, body: '{}' })).status).toBe(421);
      expect((await request(`${host.origin}/download?path=${encodeURIComponent(exported)}`, { headers: withToken })).status).toBe(421);
    }
  });

  it('refuses the event socket for another host', async () => {
    for (const hostHeader of foreign().slice(0, 3)) {
      await expect(connectEvents({ Host: hostHeader, 'X-Workbench-Token': host.token, Origin: host.origin })).rejects.toThrow('421');
    }
  });

  it('refuses a request without a Host header (HTTP/1.0)', async () => {
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port: host.port }, () => socket.end(`GET / HTTP/1.0\r\nX-Workbench-Token: ${host.token}\r\n\r\n`));
      let text = '';
      socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      socket.once('end', () => resolve(text));
      socket.once('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.[01] 421 /);
  });
});

describe('every endpoint without the token', () => {
  it('refuses each API method of the contract', async () => {
    const unexpected: string[] = [];
    for (const method of methodNames) {
      const statuses = await statusesWithout(`${host.origin}/api/${method}`, { method: 'POST', body: '{}' });
      if (statuses.some((status) => status !== 401)) unexpected.push(`${method}: ${statuses.join(',')}`);
    }
    expect(unexpected).toEqual([]);
    // ...and a method that does not exist, before saying so.
    expect(await statusesWithout(`${host.origin}/api/no.such`, { method: 'POST', body: '{}' })).toEqual(badCredentials().map(() => 401));
  });

  it('refuses the token in the address of a call that changes something (only a page load trades it)', async () => {
    expect((await request(`${host.origin}/api/app.info?token=${host.token}`, { method: 'POST', body: '{}' })).status).toBe(401);
  });

  it('refuses downloads, and says nothing of whether the file exists', async () => {
    const every = badCredentials().map(() => 401);
    expect(await statusesWithout(`${host.origin}/download?path=${encodeURIComponent(exported)}`)).toEqual(every);
    expect(await statusesWithout(`${host.origin}/download?path=${encodeURIComponent(path.join(home, 'exports', 'missing.csv'))}`)).toEqual(every);
  });

  it('refuses uploads and stores nothing', async () => {
    expect(await statusesWithout(`${host.origin}/upload?name=a.csv`, { method: 'PUT', body: 'customer\n1\n' })).toEqual(badCredentials().map(() => 401));
    const uploads = path.join(home, 'uploads');
    expect(fs.existsSync(uploads) ? fs.readdirSync(uploads) : []).toEqual([]);
  });

  it('refuses the UI files', async () => {
    for (const page of ['/', '/index.html', '/assets/app.js', '/overview', '/assets/missing.js']) {
      expect([page, await statusesWithout(`${host.origin}${page}`)]).toEqual([page, badCredentials().map(() => 401)]);
    }
  });

  it('refuses the event socket', async () => {
    for (const headers of badCredentials()) {
      await expect(connectEvents({ ...headers, Origin: host.origin })).rejects.toThrow('401');
    }
    (await connectEvents({ 'X-Workbench-Token': host.token, Origin: host.origin })).close();
  });
});

describe('the token comparison', () => {
  it('answers false, never throws, for a token of any length', () => {
    const access = new Access(1);
    for (const candidate of ['', 'a', access.token.slice(0, -1), `${access.token}a`, 'x'.repeat(10_000), '令牌'.repeat(40)]) {
      expect(access.matches(candidate)).toBe(false);
    }
    expect(access.matches(access.token)).toBe(true);
  });
});
