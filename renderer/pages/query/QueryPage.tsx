import { useTranslation } from 'react-i18next';
import { TabbedPage, type PageTab } from '../../components/TabbedPage.js';
import { BuilderTab } from './builder/BuilderTab.js';
import { SqlConsoleTab } from './sql/SqlConsoleTab.js';
import { ViewsTab } from './views/ViewsTab.js';
// The builder's and the views' styles, with the tabs that use them.
import '../../styles/query.css';

/** Ad-hoc questions: the query builder with its saved views, and the read-only SQL console. */
export function QueryPage({ section, detail }: { section: string | null; detail: string | null }) {
  const { t } = useTranslation();
  const tabs: PageTab[] = [
    { key: 'builder', label: t('queryBuilder.tabs.builder'), render: (viewId) => <BuilderTab detail={viewId} /> },
    { key: 'views', label: t('queryBuilder.tabs.views'), render: () => <ViewsTab /> },
    { key: 'sql', label: t('query.tabs.sql'), render: () => <SqlConsoleTab /> },
  ];
  return <TabbedPage page="query" tabs={tabs} section={section} detail={detail} />;
}
