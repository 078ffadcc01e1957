// The job panel's model: this session's running jobs and the workspace's job history,
// loaded with jobs.list and kept current by 'job.progress' and 'job.done' events.
import { useSyncExternalStore } from 'react';
import type { JobInfo } from '../../engine/api/types.js';
import { invoke, on, onConnection } from '../api/client.js';
import { Listeners } from '../api/transport.js';

const HISTORY_LIMIT = 100;

let jobs: JobInfo[] = [];
const listeners = new Listeners<void>();

function publish(next: JobInfo[]): void {
  jobs = next.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  listeners.emit();
}

function upsert(id: string, patch: Partial<JobInfo>): void {
  const existing = jobs.find((job) => job.id === id);
  if (existing) publish(jobs.map((job) => (job.id === id ? { ...job, ...patch } : job)));
  else publish([...jobs, { id, method: '', label: '', status: 'queued', fraction: 0, message: '', startedAt: new Date().toISOString(), ...patch }]);
}

export async function reloadJobs(): Promise<void> {
  publish(await invoke('jobs.list', { limit: HISTORY_LIMIT }));
}

let started = false;

/** Subscribes to the engine once, for the life of the page. */
export function startJobsStore(): void {
  if (started) return;
  started = true;
  on('job.progress', (progress) => upsert(progress.id, progress));
  on('job.done', (done) => upsert(done.id, done));
  on('workspace.changed', () => void reloadJobs().catch(() => undefined));
  onConnection((state) => state === 'connected' && void reloadJobs().catch(() => undefined));
  void reloadJobs().catch(() => undefined);
}

function subscribe(listener: () => void): () => void {
  return listeners.add(listener);
}

export function useJobs(): JobInfo[] {
  return useSyncExternalStore(subscribe, () => jobs);
}

export function isActive(job: Pick<JobInfo, 'status'>): boolean {
  return job.status === 'queued' || job.status === 'running';
}
