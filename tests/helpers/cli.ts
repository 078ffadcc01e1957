// Runs `workbench` as users do (the bin launcher), capturing its output and exit code.
import { spawn } from 'node:child_process';
import { cliLauncher, repoRoot, requireEngineBuild } from './paths.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { home: string; cwd?: string; env?: NodeJS.ProcessEnv }): Promise<CliRun> {
  requireEngineBuild();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliLauncher, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, WORKBENCH_HOME: options.home, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
