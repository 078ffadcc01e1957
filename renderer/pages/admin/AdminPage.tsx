import { useTranslation } from 'react-i18next';
import { TabbedPage, type PageTab } from '../../components/TabbedPage.js';
import { SchedulesTab } from './schedules/SchedulesTab.js';
import { SecurityTab } from './security/SecurityTab.js';
import { BackupsTab } from './backups/BackupsTab.js';
import { AuditTab } from './audit/AuditTab.js';

/** Keeping the workspace safe: backups and restore, scheduled jobs, user profiles and encryption, the audit log. */
export function AdminPage({ section, detail }: { section: string | null; detail: string | null }) {
  const { t } = useTranslation();
  const tabs: PageTab[] = [{ key: 'backups', label: t('backup.tab'), render: () => <BackupsTab /> }, { key: 'schedules', label: t('schedules.tab'), render: () => <SchedulesTab /> }, { key: 'security', label: t('security.tab'), render: () => <SecurityTab /> }, { key: 'audit', label: t('audit.tab'), render: () => <AuditTab /> }];
  return <TabbedPage page="admin" tabs={tabs} section={section} detail={detail} />;
}
