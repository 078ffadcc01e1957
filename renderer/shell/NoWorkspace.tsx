import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../components/ProgressBar.js';
import { DemoForm } from '../pages/data/workspaces/DemoForm.js';
import { NewWorkspaceForm } from '../pages/data/workspaces/NewWorkspaceForm.js';
import { OpenWorkspaceForm } from '../pages/data/workspaces/OpenWorkspaceForm.js';
import { RecentWorkspaces } from '../pages/data/workspaces/RecentWorkspaces.js';
import { isActive, useJobs } from '../state/jobsStore.js';

/**
 * No workspace is open. On a first launch the engine may be generating the demo
 * workspace: its progress comes first; otherwise create, open or generate one.
 */
export function NoWorkspace() {
  const { t } = useTranslation();
  const demoJob = useJobs().find((job) => job.method === 'demo.create' && isActive(job));
  if (demoJob) {
    return (
      <div className="first-run">
        <h1>{t('firstRun.preparing')}</h1>
        <p className="muted">{t('firstRun.explain')}</p>
        <ProgressBar fraction={demoJob.fraction} etaSeconds={demoJob.etaSeconds} label={t('firstRun.preparing')} />
      </div>
    );
  }
  return (
    <div className="no-workspace">
      <h1>{t('workspace.noneOpen')}</h1>
      <p className="muted">{t('workspace.noneOpenExplain')}</p>
      <div className="card-grid">
        <section className="card" aria-labelledby="nw-new">
          <h2 id="nw-new">{t('workspace.new')}</h2>
          <NewWorkspaceForm />
        </section>
        <section className="card" aria-labelledby="nw-open">
          <h2 id="nw-open">{t('workspace.open')}</h2>
          <RecentWorkspaces />
          <OpenWorkspaceForm />
        </section>
        <section className="card" aria-labelledby="nw-demo">
          <h2 id="nw-demo">{t('demo.title')}</h2>
          <DemoForm />
        </section>
      </div>
    </div>
  );
}
