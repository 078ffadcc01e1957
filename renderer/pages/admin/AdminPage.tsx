import { TabbedPage, type PageTab } from '../../components/TabbedPage.js';

/** Keeping the workspace safe: backups and restore, scheduled jobs, user profiles and encryption, the audit log. */
export function AdminPage({ section, detail }: { section: string | null; detail: string | null }) {
  const tabs: PageTab[] = [];
  return <TabbedPage page="admin" tabs={tabs} section={section} detail={detail} />;
}
