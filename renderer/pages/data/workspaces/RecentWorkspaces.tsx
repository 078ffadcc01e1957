import { useTranslation } from 'react-i18next';
import type { RecentWorkspace } from '../../../../engine/api/types.js';
import { invoke } from '../../../api/client.js';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { formatDateTime } from '../../../i18n/format.js';
import { openWorkspace } from '../../../state/passphrasePrompt.js';
import { useSession } from '../../../state/session.js';
import { useQuery } from '../../../state/useQuery.js';
import { useAction } from './useAction.js';

/** Recently opened workspaces: open one again, or forget it (the file stays where it is). */
export function RecentWorkspaces({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const { language, workspace } = useSession();
  const recent = useQuery('workspace.recent', {});
  const open = useAction(async (entry: RecentWorkspace) => {
    if (await openWorkspace(entry.path)) onDone?.();
  });
  const forget = useAction(async (entry: RecentWorkspace) => {
    await invoke('workspace.forget', { path: entry.path });
    recent.reload();
  });

  if (recent.error) return <ErrorNote error={recent.error} onRetry={recent.reload} />;
  if (!recent.data) return null;
  if (recent.data.length === 0) return <p className="muted">{t('workspace.noRecent')}</p>;
  return (
    <>
      <ul className="plain-list recent-list">
        {recent.data.map((entry) => {
          const isOpen = entry.path === workspace?.path;
          return (
            <li key={entry.path} className={entry.exists ? '' : 'missing'}>
              <div className="recent-main">
                <strong>{entry.name}</strong>
                <span className="muted small path" title={entry.path}>
                  {entry.path}
                </span>
                <span className="muted small">
                  {entry.exists ? t('workspace.openedAt', { time: formatDateTime(entry.openedAt, language) }) : t('workspace.fileMissing')}
                </span>
              </div>
              <div className="row">
                <button
                  type="button"
                  className="btn small"
                  disabled={!entry.exists || isOpen || open.busy}
                  onClick={() => void open.run(entry)}
                  aria-label={t('workspace.openNamed', { name: entry.name })}
                >
                  {isOpen ? t('workspace.isOpen') : t('workspace.open')}
                </button>
                <button
                  type="button"
                  className="btn small ghost"
                  disabled={forget.busy}
                  onClick={() => void forget.run(entry)}
                  aria-label={t('workspace.forgetNamed', { name: entry.name })}
                >
                  {t('workspace.forget')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {open.error && <ErrorNote error={open.error} />}
      {forget.error && <ErrorNote error={forget.error} />}
    </>
  );
}
