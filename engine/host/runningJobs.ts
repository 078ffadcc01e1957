// The jobs running in this process, whichever JobManager runs them (a process may hold more
// than one engine: the tests do, and a host could). Opening a workspace leaves the 'running'
// history rows of these jobs alone: their process is this one and alive, and they are not done
// (worker/jobOwner.ts).
const running = new Set<string>();

export function jobStartedHere(jobId: string): void {
  running.add(jobId);
}

export function jobEndedHere(jobId: string): void {
  running.delete(jobId);
}

export function jobsRunningHere(): string[] {
  return [...running];
}
