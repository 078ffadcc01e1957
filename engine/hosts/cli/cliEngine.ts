// The CLI's Engine: the same engine as the other hosts (host 'cli'), jobs on worker threads.
// One job worker: the CLI runs its jobs one after the other. Another process writing the same
// workspace (the app importing) makes a job wait up to the busy timeout, then fail as 'workspace.locked'.
import { Engine } from '../../host/engine.js';
import { appVersion, workerScript } from '../shared/appPaths.js';
import { cliSignIn } from './userOption.js';

export async function withEngine<T>(work: (engine: Engine) => Promise<T>): Promise<T> {
  const engine = new Engine({
    workerScript: workerScript(),
    host: 'cli',
    version: appVersion(),
    poolSize: 1,
    rememberRecent: false,
    signInAs: cliSignIn(),
  });
  // Ctrl+C: cancel the running job so that it rolls back cleanly; a second Ctrl+C exits at once.
  const onInterrupt = () => {
    process.off('SIGINT', onInterrupt);
    process.once('SIGINT', () => process.exit(130));
    process.exitCode = 130;
    for (const job of engine.jobs.list()) if (job.status === 'running' || job.status === 'queued') engine.jobs.cancel(job.id);
  };
  process.on('SIGINT', onInterrupt);
  try {
    return await work(engine);
  } finally {
    process.off('SIGINT', onInterrupt);
    await engine.close(); // terminates the workers, so the process can exit
  }
}
