import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../../../components/ErrorNote.js';
import { useQuery } from '../../../state/useQuery.js';
import { BackupAge } from './BackupAge.js';
import { BackupNow } from './BackupNow.js';
import { BackupsTable } from './BackupsTable.js';
import { RestorePanel } from './RestorePanel.js';
import { RetentionSettings } from './RetentionSettings.js';
import { useRestore } from './useRestore.js';

/**
 * Administration › Backups: how old the last backup is, Back up now, the backups this workspace
 * made (verify or restore each), restoring any backup file to a new workspace, and the retention policy.
 */
export function BackupsTab() {
  const { t } = useTranslation();
  const list = useQuery('backup.list', {});
  const restore = useRestore();
  if (list.error) return <ErrorNote error={list.error} onRetry={list.reload} />;
  if (!list.data) return <p className="muted">{t('common.loading')}</p>;
  const { backups, defaultFolder, settings } = list.data;
  return (
    <div className="stack backups-tab" data-testid="backups-tab">
      <BackupAge backups={backups} />
      <BackupNow defaultFolder={defaultFolder} onDone={list.reload} />
      <section className="stack" aria-labelledby="backups-list-title">
        <h2 id="backups-list-title">{t('backup.list.title')}</h2>
        <BackupsTable backups={backups} onRestore={restore.ask} />
      </section>
      <RestorePanel restore={restore} />
      <RetentionSettings settings={settings} onSaved={list.reload} />
    </div>
  );
}
