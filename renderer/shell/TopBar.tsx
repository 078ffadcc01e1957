import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon.js';
import { formatBytes } from '../i18n/format.js';
import { isActive, useJobs } from '../state/jobsStore.js';
import { useSession } from '../state/session.js';
import { UserBadge } from './UserBadge.js';

export function TopBar({ jobPanelOpen, onToggleJobs }: { jobPanelOpen: boolean; onToggleJobs(): void }) {
  const { t } = useTranslation();
  const { workspace, language } = useSession();
  const running = useJobs().filter(isActive).length;
  return (
    <header className="topbar">
      <div className="workspace-title">
        {workspace ? (
          <>
            <span className="workspace-name" title={workspace.path}>
              {workspace.name}
            </span>
            {workspace.isDemo && (
              <span className="badge demo" title={t('workspace.demoHint')}>
                {t('workspace.demoBadge')}
              </span>
            )}
            <span className="muted small">{formatBytes(workspace.sizeBytes, language)}</span>
          </>
        ) : (
          <span className="muted">{t('workspace.noneOpen')}</span>
        )}
      </div>
      <UserBadge />
      <button
        type="button"
        className={jobPanelOpen ? 'btn jobs-toggle active' : 'btn jobs-toggle'}
        aria-expanded={jobPanelOpen}
        aria-controls="job-panel"
        onClick={onToggleJobs}
      >
        <Icon name="jobs" />
        <span>{t('jobs.title')}</span>
        {running > 0 && (
          <span className="count" aria-label={t('jobs.runningCount', { count: running })}>
            {running}
          </span>
        )}
      </button>
    </header>
  );
}
