import { TabbedPage, type PageTab } from '../../components/TabbedPage.js';

/** Ad-hoc questions: the query builder with its saved views, and the read-only SQL console. */
export function QueryPage({ section, detail }: { section: string | null; detail: string | null }) {
  const tabs: PageTab[] = [];
  return <TabbedPage page="query" tabs={tabs} section={section} detail={detail} />;
}
