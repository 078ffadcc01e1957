// The web host as its users run it: a child process (node dist/engine/web.js) whose one line
// of stdout gives the address and token.
import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { builtWebHost, repoRoot, requireEngineBuild } from './paths.js';

export interface RunningWebHost {
  /** The printed address, with ?token=. */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  token: string;
  child: ChildProcess;
  /** What the host wrote to stderr so far (for failure messages). */
  stderr(): string;
  stop(): Promise<void>;
}

const URL_LINE = /^Workbench: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+))$/;

export async function startWebHost(options: { home: string; args?: string[]; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<RunningWebHost> {
  requireEngineBuild();
  const child = spawn(process.execPath, [builtWebHost, '--port', '0', ...(options.args ?? [])], {
    cwd: repoRoot,
    env: { ...process.env, WORKBENCH_HOME: options.home, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not print its address within ${options.timeoutMs ?? 30_000} ms`), options.timeoutMs ?? 30_000);
    const lines = readline.createInterface({ input: child.stdout! });
    const fail = (why: string) => {
      clearTimeout(timer);
      lines.close();
      child.kill();
      reject(new Error(`The web host ${why}. stderr:\n${stderr}`));
    };
    lines.on('line', (line) => {
      const found = URL_LINE.exec(line);
      if (!found) return;
      clearTimeout(timer);
      resolve(found);
    });
    child.once('exit', (code) => fail(`exited with code ${code} before printing its address`));
  });

  return {
    url: match[1]!,
    origin: `http://127.0.0.1:${match[2]}`,
    port: Number(match[2]),
    token: match[3]!,
    child,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
