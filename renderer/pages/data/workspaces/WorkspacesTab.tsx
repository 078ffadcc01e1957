import { useTranslation } from 'react-i18next';
import { invoke } from '../../../api/client.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { formatBytes, formatDateTime } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';
import { DemoForm } from './DemoForm.js';
import { NewWorkspaceForm } from './NewWorkspaceForm.js';
import { OpenWorkspaceForm } from './OpenWorkspaceForm.js';
import { RecentWorkspaces } from './RecentWorkspaces.js';
import { useAction } from './useAction.js';

export function WorkspacesTab() {
  const { t } = useTranslation();
  const { workspace, language } = useSession();
  const close = useAction(() => invoke('workspace.close', {}));
  return (
    <div className="stack">
      {workspace && (
        <section className="card current-workspace" aria-labelledby="ws-current">
          <h2 id="ws-current">{t('workspace.current')}</h2>
          <dl className="facts">
            <dt>{t('workspace.name')}</dt>
            <dd>
              {workspace.name} {workspace.isDemo && <span className="badge demo">{t('workspace.demoBadge')}</span>}
            </dd>
            <dt>{t('workspace.file')}</dt>
            <dd className="path">{workspace.path}</dd>
            <dt>{t('workspace.size')}</dt>
            <dd>{formatBytes(workspace.sizeBytes, language)}</dd>
            <dt>{t('workspace.createdAt')}</dt>
            <dd>{formatDateTime(workspace.createdAt, language)}</dd>
          </dl>
          <div className="row">
            <button type="button" className="btn" disabled={close.busy} onClick={() => void close.run()}>
              {t('workspace.close')}
            </button>
          </div>
          {close.error && <ErrorNote error={close.error} />}
        </section>
      )}
      <div className="card-grid">
        <section className="card" aria-labelledby="ws-new">
          <h2 id="ws-new">{t('workspace.new')}</h2>
          <NewWorkspaceForm />
        </section>
        <section className="card" aria-labelledby="ws-open">
          <h2 id="ws-open">{t('workspace.open')}</h2>
          <RecentWorkspaces />
          <OpenWorkspaceForm />
        </section>
        <section className="card" aria-labelledby="ws-demo">
          <h2 id="ws-demo">{t('demo.title')}</h2>
          <DemoForm />
        </section>
      </div>
    </div>
  );
}
