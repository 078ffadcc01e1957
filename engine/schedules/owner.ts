// Whether the process that ran a schedule's run is gone (the run then was interrupted): another
// computer's process cannot be asked, so its run counts as gone, as a job's does
// (worker/jobOwner.ts). A run of this very process is alive unless the claim, which knows the
// runs this process has going, says otherwise.
import { thisProcess, type JobOwner } from '../worker/jobOwner.js';

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, but belongs to another user
  }
}

/** `runningHere`: the runs this process has going, when known; else a run of this process counts as alive. */
export function ownerIsGone(owner: JobOwner, runId?: number, runningHere?: ReadonlySet<number>): boolean {
  const self = thisProcess();
  if (owner.pid === null || owner.host !== self.host) return true;
  if (owner.pid === self.pid) return runningHere !== undefined && runId !== undefined && !runningHere.has(runId);
  return !processIsAlive(owner.pid);
}
