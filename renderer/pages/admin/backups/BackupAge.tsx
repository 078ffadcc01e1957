import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../engine/api/backupTypes.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useSession } from '../../../state/session.js';

/** A workspace whose newest backup is older than this is warned about. */
const WARN_AFTER_DAYS = 7;

/** How long ago the newest backup still on disk was made; a warning when there is none or it is over a week old. */
export function BackupAge({ backups, now = Date.now() }: { backups: readonly BackupInfo[]; now?: number }) {
  const { t } = useTranslation();
  const { language } = useSession();
  const newest = backups.find((b) => b.present);
  if (!newest) {
    return (
      <p className="note warn" role="status" data-testid="backup-age">
        {t('backup.age.none')}
      </p>
    );
  }
  const days = Math.floor((now - Date.parse(newest.createdAt)) / 86_400_000);
  const old = days >= WARN_AFTER_DAYS;
  return (
    <p className={old ? 'note warn' : 'note'} role="status" data-testid="backup-age" data-old={old}>
      {days === 0 ? t('backup.age.today', { at: formatDateTime(newest.createdAt, language) }) : t('backup.age.days', { count: days, at: formatDateTime(newest.createdAt, language) })}
      {old && ` ${t('backup.age.old')}`}
    </p>
  );
}
