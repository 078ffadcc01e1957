// Who runs a job: the process (pid and host name) recorded in its history row when it starts.
// A job row left 'running' is shown as interrupted only when that process is gone: an import
// the command line is running right now must not be marked interrupted because the app opened
// the workspace. Checking needs no write (a heartbeat could not be written while the import
// holds the workspace's write lock).
import os from 'node:os';

export interface JobOwner {
  pid: number | null;
  host: string | null;
}

export function thisProcess(): { pid: number; host: string } {
  return { pid: process.pid, host: os.hostname() };
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, but belongs to another user
  }
}

/**
 * Whether the process that ran a job is gone. Another host's process cannot be asked, so its
 * job counts as interrupted; in this process, a job is alive while its JobManager runs it.
 */
export function ownerIsGone(jobId: string, owner: JobOwner, runningHere: ReadonlySet<string>): boolean {
  const self = thisProcess();
  if (owner.pid === null || owner.host !== self.host) return true;
  if (owner.pid === self.pid) return !runningHere.has(jobId);
  return !processIsAlive(owner.pid);
}
