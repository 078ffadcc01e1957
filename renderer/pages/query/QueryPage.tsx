import { useTranslation } from 'react-i18next';
import { TabbedPage, type PageTab } from '../../components/TabbedPage.js';
import { SqlConsoleTab } from './sql/SqlConsoleTab.js';

/** Ad-hoc questions: the query builder with its saved views, and the read-only SQL console. */
export function QueryPage({ section, detail }: { section: string | null; detail: string | null }) {
  const { t } = useTranslation();
  const tabs: PageTab[] = [{ key: 'sql', label: t('query.tabs.sql'), render: () => <SqlConsoleTab /> }];
  return <TabbedPage page="query" tabs={tabs} section={section} detail={detail} />;
}
