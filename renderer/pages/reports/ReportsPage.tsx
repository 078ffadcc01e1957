import { TabbedPage, type PageTab } from '../../components/TabbedPage.js';

/** Reports built from saved views and module charts, and the monthly marketing analysis report, exported to PDF and Excel. */
export function ReportsPage({ section, detail }: { section: string | null; detail: string | null }) {
  const tabs: PageTab[] = [];
  return <TabbedPage page="reports" tabs={tabs} section={section} detail={detail} />;
}
