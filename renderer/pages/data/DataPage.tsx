import { useTranslation } from 'react-i18next';
import { Tabs, type TabItem } from '../../components/Tabs.js';
import { navigate } from '../../shell/route.js';
import { useSession } from '../../state/session.js';
import { BrowseTab } from './browse/BrowseTab.js';
import { CatalogTab } from './catalog/CatalogTab.js';
import { HistoryTab } from './history/HistoryTab.js';
import { QualityTab } from './quality/QualityTab.js';
import { ImportWizard } from './import/ImportWizard.js';
import { WorkspacesTab } from './workspaces/WorkspacesTab.js';

const sections = ['workspaces', 'import', 'catalog', 'browse', 'quality', 'history'] as const;
type Section = (typeof sections)[number];

/** Workspaces, the import wizard, the catalog, the data browser and import history. */
export function DataPage({ section, detail }: { section: string | null; detail: string | null }) {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const requested = sections.includes(section as Section) ? (section as Section) : null;
  // Without a workspace only the workspaces tab has anything to work on.
  const active: Section = !workspace ? 'workspaces' : (requested ?? 'catalog');
  const items: TabItem<Section>[] = sections.map((key) => ({ key, label: t(`data.tabs.${key}`), disabled: !workspace && key !== 'workspaces' }));
  return (
    <div className="page">
      <h1 className="page-title">{t('nav.data')}</h1>
      <Tabs items={items} active={active} onChange={(key) => navigate('data', key)} label={t('nav.data')} idPrefix="data" />
      <div className="tab-panel" id="data-panel" role="tabpanel" aria-labelledby={`data-tab-${active}`}>
        {active === 'workspaces' && <WorkspacesTab />}
        {active === 'import' && <ImportWizard />}
        {active === 'catalog' && <CatalogTab />}
        {active === 'browse' && <BrowseTab kind={detail} />}
        {active === 'quality' && <QualityTab />}
        {active === 'history' && <HistoryTab />}
      </div>
    </div>
  );
}
