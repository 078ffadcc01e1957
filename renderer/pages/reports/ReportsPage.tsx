import { useTranslation } from 'react-i18next';
import { TabbedPage, type PageTab } from '../../components/TabbedPage.js';
import { BuilderTab } from './builder/BuilderTab.js';
import { SavedReportsTab } from './SavedReportsTab.js';

/** Reports built from saved views and module charts, and the monthly marketing analysis report, exported to PDF and Excel. */
export function ReportsPage({ section, detail }: { section: string | null; detail: string | null }) {
  const { t } = useTranslation();
  const tabs: PageTab[] = [
    { key: 'saved', label: t('reports.ui.tabs.saved'), render: () => <SavedReportsTab /> },
    { key: 'builder', label: t('reports.ui.tabs.builder'), render: (source) => <BuilderTab source={source} /> },
  ];
  return <TabbedPage page="reports" tabs={tabs} section={section} detail={detail} />;
}
